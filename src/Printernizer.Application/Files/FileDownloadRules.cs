using Printernizer.Domain.Files;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Files;

/// <summary>Shared rules: what can be downloaded, what is in use by an open job.</summary>
public static class FileDownloadRules
{
    /// <summary>Why <paramref name="file"/> cannot be downloaded now, or null when it can.</summary>
    public static string? WhyNotDownloadable(PrinterFile file) => file switch
    {
        { PrinterId: null } or { SourcePath: null } => $"'{file.Name}' is a local file; there is nothing to download.",
        { Status: FileStatus.Missing } => $"'{file.Name}' is no longer on the printer.",
        { Status: FileStatus.Local } => $"'{file.Name}' was deleted from the printer.",
        _ => null,
    };

    /// <summary>Marks the row as queued for download (the caller saves it and hands it to the transfer queue).</summary>
    public static void MarkQueued(PrinterFile file, DateTimeOffset now)
    {
        file.Status = FileStatus.Downloading;
        file.Error = null;
        file.UpdatedAt = now;
    }

    /// <summary>True when an open (printing or paused) job prints this file.</summary>
    public static bool IsInUse(PrinterFile file, IEnumerable<PrintJob> openJobs) =>
        openJobs.Any(job => job.IsOpen && job.PrinterId == file.PrinterId && Matches(file, job));

    /// <summary>True when <paramref name="job"/>'s file path or name designates <paramref name="file"/>.</summary>
    public static bool Matches(PrinterFile file, PrintJob job)
    {
        if (job.FilePath is { Length: > 0 } path
            && (string.Equals(Normalize(path), Normalize(file.SourcePath), StringComparison.OrdinalIgnoreCase)
                || string.Equals(Normalize(path), Normalize(file.Path), StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return job.FileName is { Length: > 0 } name && string.Equals(name, file.Name, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Normalize(string? path) => path?.Trim().TrimStart('/');
}
