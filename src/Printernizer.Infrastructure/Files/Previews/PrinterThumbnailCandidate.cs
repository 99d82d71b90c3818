namespace Printernizer.Infrastructure.Files.Previews;

/// <summary>A Prusa printer file without local copy whose printer thumbnail has not been fetched.</summary>
internal sealed class PrinterThumbnailCandidate
{
    public Guid Id { get; init; }
    public Guid PrinterId { get; init; }
    public string SourcePath { get; init; } = "";
}
