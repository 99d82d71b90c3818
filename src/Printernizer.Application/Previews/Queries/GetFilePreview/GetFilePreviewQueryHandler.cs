using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Files;

namespace Printernizer.Application.Previews.Queries.GetFilePreview;

/// <summary>
/// Mesh for STL/3MF with geometry, toolpaths for plain G-code (both need the local copy), else the thumbnail, else none.
/// Files not inspected yet are judged by their type.
/// </summary>
public sealed class GetFilePreviewQueryHandler(IFileQueries queries, IFilePreviewKinds kinds) : IRequestHandler<GetFilePreviewQuery, FilePreviewDto>
{
    public async Task<FilePreviewDto> Handle(GetFilePreviewQuery request, CancellationToken cancellationToken)
    {
        var file = await queries.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("File", request.Id);
        var id = file.Id.ToString("D");
        var content = $"/api/v1/files/{id}/content";
        var thumbnailUrl = file.HasThumbnail ? $"/api/v1/files/{id}/thumbnail" : null;
        var kind = file.LocalPath is null || file.Metadata?.Unreadable is not null
            ? null
            : await kinds.GetAsync(file.Id, cancellationToken) ?? GuessKind(file.Type);
        return kind switch
        {
            "mesh" => new FilePreviewDto { Kind = "mesh", ContentUrl = content, Format = file.Type, ThumbnailUrl = thumbnailUrl },
            "gcode" => new FilePreviewDto { Kind = "gcode", ContentUrl = content, Format = "gcode", ThumbnailUrl = thumbnailUrl },
            _ when thumbnailUrl is not null => new FilePreviewDto { Kind = "thumbnail", ContentUrl = thumbnailUrl, Format = "png", ThumbnailUrl = thumbnailUrl, Unreadable = file.Metadata?.Unreadable },
            _ => new FilePreviewDto { Kind = "none", Unreadable = file.Metadata?.Unreadable },
        };
    }

    private static string? GuessKind(string type) => type switch
    {
        "stl" => "mesh",
        "gcode" => "gcode",
        _ => null,
    };
}
