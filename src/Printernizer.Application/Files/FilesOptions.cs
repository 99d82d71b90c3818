namespace Printernizer.Application.Files;

/// <summary>Settings of the printer-file feature (configuration section <c>Printernizer:Files</c>).</summary>
public sealed class FilesOptions
{
    /// <summary>How often every printer's files are listed.</summary>
    public double SyncIntervalMinutes { get; set; } = 10;

    /// <summary>Delay of the first scheduled sync after start-up.</summary>
    public double InitialSyncDelaySeconds { get; set; } = 20;

    /// <summary>Downloads running at the same time over all printers (each printer: one at a time).</summary>
    public int MaxConcurrentDownloads { get; set; } = 3;

    /// <summary>Attempts per download before the file is marked <c>error</c>.</summary>
    public int MaxDownloadAttempts { get; set; } = 3;

    /// <summary>Delay before the second attempt; doubled for each further attempt.</summary>
    public double RetryBaseDelaySeconds { get; set; } = 5;

    /// <summary>Optional bandwidth limit per download in bytes per second (0: none), to spare a printer's Wi-Fi.</summary>
    public long DownloadBytesPerSecondLimit { get; set; }

    /// <summary>Largest accepted local upload.</summary>
    public long MaxUploadBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>FTPS user of Bambu printers (always <c>bblp</c> on real printers).</summary>
    public string BambuFtpsUserName { get; set; } = "bblp";

    /// <summary>Nightly cleanup: delete local copies older than this many days (null: off).</summary>
    public int? CleanupOlderThanDays { get; set; }

    /// <summary>Nightly cleanup: keep the local library below this many bytes, oldest first (null: off).</summary>
    public long? CleanupMaxTotalBytes { get; set; }

    /// <summary>Time of the nightly cleanup (Europe/Berlin), <c>HH:mm</c>.</summary>
    public string CleanupTime { get; set; } = "03:30";

    /// <summary>
    /// Safety pass of the background preview inspection: new, downloaded and uploaded files are inspected at once (the
    /// file writes wake the worker); this slow pass only catches anything written around the application.
    /// </summary>
    public double PreviewSafetyPollMinutes { get; set; } = 5;

    public bool CleanupConfigured => CleanupOlderThanDays is not null || CleanupMaxTotalBytes is not null;
}
