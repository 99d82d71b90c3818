namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>Ready-made URLs of a file (all with 8.3 short names): small icon, large thumbnail, download.</summary>
public sealed record PrusaLinkFileRefs
{
    public string? Icon { get; init; }
    public string? Thumbnail { get; init; }
    public string? Download { get; init; }
}
