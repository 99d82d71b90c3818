using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Files.Queries.GetFileThumbnail;

/// <summary>
/// Thumbnails come from the preview readers (a later feature); until a reader has produced one, every file answers
/// 404 "no thumbnail", which is also the contract for files without a preview.
/// </summary>
public sealed class GetFileThumbnailQueryHandler(IFileRepository files) : IRequestHandler<GetFileThumbnailQuery, byte[]>
{
    public async Task<byte[]> Handle(GetFileThumbnailQuery request, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("File", request.Id);
        throw new NotFoundException($"File '{file.Name}' has no thumbnail.");
    }
}
