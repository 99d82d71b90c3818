namespace Printernizer.Application.Files.Commands.SyncPrinterFiles;

/// <summary>
/// One printer's sync: <c>ok</c> false with <c>error</c> when the printer could not be listed (its files keep their status).
/// </summary>
public sealed record PrinterFileSyncDto(Guid PrinterId, string PrinterName, bool Ok, int Files, int Added, int Updated, int Missing, string? Error);
