namespace Printernizer.Application.Exports;

/// <summary>A generated export: what to send (<c>Content-Disposition: attachment</c>) and its journal id.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content, Guid JournalId, string Sha256);
