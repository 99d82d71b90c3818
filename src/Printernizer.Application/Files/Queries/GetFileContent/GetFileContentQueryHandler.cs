using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Files.Queries.GetFileContent;

public sealed class GetFileContentQueryHandler(IFileRepository files, ILocalFileLibrary library) : IRequestHandler<GetFileContentQuery, FileContent>
{
    public async Task<FileContent> Handle(GetFileContentQuery request, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("File", request.Id);
        if (file.LocalPath is null)
        {
            throw new NotFoundException($"File '{file.Name}' has no local copy. Download it first.");
        }

        var stream = library.OpenRead(file.LocalPath)
            ?? throw new NotFoundException($"The local copy of '{file.Name}' is gone from the library folder.");
        return new FileContent(stream, file.Name, file.Sha256);
    }
}
