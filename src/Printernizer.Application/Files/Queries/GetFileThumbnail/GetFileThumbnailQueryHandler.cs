using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Previews;

namespace Printernizer.Application.Files.Queries.GetFileThumbnail;

/// <summary>The cached thumbnail (embedded, rendered or the printer's); 404 "no thumbnail" for files without one.</summary>
public sealed class GetFileThumbnailQueryHandler(IFileRepository files, IFileThumbnails thumbnails) : IRequestHandler<GetFileThumbnailQuery, FileThumbnail>
{
    public async Task<FileThumbnail> Handle(GetFileThumbnailQuery request, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("File", request.Id);
        return await thumbnails.GetAsync(file, cancellationToken) ?? throw new NotFoundException($"File '{file.Name}' has no thumbnail.");
    }
}
