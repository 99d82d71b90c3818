namespace Printernizer.Application.Exports;

/// <summary>
/// A generated export: what to send (<c>Content-Disposition: attachment</c>), its journal id and SHA-256, and the
/// characters the DATEV writer had to replace because Windows-1252 lacks them (empty for other exports).
/// </summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content, Guid JournalId, string Sha256)
{
    /// <summary>E.g. <c>Buchungstext: 'Ł' → 'L'</c>; reported in the response (business.md §7.3.1), never discarded.</summary>
    public IReadOnlyList<string> Replacements { get; init; } = [];
}
