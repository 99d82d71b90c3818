namespace Printernizer.Application.Files;

/// <summary>Download totals: completed (have a local copy from a printer), in progress or queued, failed.</summary>
public sealed record FileDownloadTotalsDto(long Completed, long InProgress, long Failed);
