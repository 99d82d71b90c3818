namespace Printernizer.Application.Files;

/// <summary>
/// One file found on a printer. <paramref name="SourcePath"/> addresses it on the printer (Prusa: short names);
/// <paramref name="DisplayPath"/> and <paramref name="Name"/> are what people see (long names).
/// </summary>
public sealed record PrinterFileEntry(string SourcePath, string DisplayPath, string Name, long SizeBytes, DateTimeOffset? ModifiedAt);
