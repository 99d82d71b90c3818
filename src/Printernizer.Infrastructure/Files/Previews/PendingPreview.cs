namespace Printernizer.Infrastructure.Files.Previews;

/// <summary>A file row whose local copy has not been inspected (or changed since).</summary>
internal sealed class PendingPreview
{
    public Guid Id { get; init; }
    public string LocalPath { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public string Name { get; init; } = "";
}
