namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>Headers of an upload: <c>Print-After-Upload: ?1</c>, <c>Overwrite: ?1</c>.</summary>
public sealed record PrusaLinkUploadOptions
{
    public bool PrintAfterUpload { get; init; }
    public bool Overwrite { get; init; }
}
