using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Files.Queries.GetFile;

public sealed class GetFileQueryHandler(IFileQueries queries) : IRequestHandler<GetFileQuery, FileDto>
{
    public async Task<FileDto> Handle(GetFileQuery request, CancellationToken cancellationToken) =>
        await queries.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("File", request.Id);
}
