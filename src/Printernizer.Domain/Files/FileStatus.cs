namespace Printernizer.Domain.Files;

/// <summary>Where a file is: on the printer, local, both, or lost.</summary>
public enum FileStatus
{
    /// <summary>On the printer only.</summary>
    Available,

    /// <summary>Queued for download or being downloaded.</summary>
    Downloading,

    /// <summary>On the printer and in the local library.</summary>
    Downloaded,

    /// <summary>In the local library only (uploaded, or deleted from the printer).</summary>
    Local,

    /// <summary>The last download failed; see <see cref="PrinterFile.Error"/>.</summary>
    Error,

    /// <summary>Was on the printer, gone now (a local copy may still exist).</summary>
    Missing,
}
