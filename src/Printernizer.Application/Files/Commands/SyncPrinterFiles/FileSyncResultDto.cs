namespace Printernizer.Application.Files.Commands.SyncPrinterFiles;

/// <summary>Result of a sync, per printer.</summary>
public sealed record FileSyncResultDto(IReadOnlyList<PrinterFileSyncDto> Printers);
