using Printernizer.Domain.Files;

namespace Printernizer.Application.Files;

/// <summary>One row of the combined file list (printer files and local files; a downloaded file is one row).</summary>
public sealed record FileDto
{
    /// <example>6f1c2b9e-3d4a-4c1e-9a0b-2f9c8d7e6a51</example>
    public Guid Id { get; init; }

    /// <summary>The printer the file is on (or was found on); null for local uploads.</summary>
    public Guid? PrinterId { get; init; }

    /// <example>A1 Werkstatt</example>
    public string? PrinterName { get; init; }

    /// <summary>The name to show (Prusa: the long name).</summary>
    /// <example>Benchy_0.2mm_PLA_1h12m.gcode</example>
    public required string Name { get; init; }

    /// <summary>Where the file is on the printer (long names); <c>local/...</c> for local uploads.</summary>
    /// <example>/cache/Benchy_0.2mm_PLA_1h12m.gcode</example>
    public required string Path { get; init; }

    /// <summary><c>gcode</c>, <c>bgcode</c>, <c>3mf</c>, <c>stl</c> or <c>other</c>.</summary>
    /// <example>gcode</example>
    public required string Type { get; init; }

    /// <example>1843221</example>
    public long SizeBytes { get; init; }

    /// <example>2026-11-20T14:02:00Z</example>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <example>downloaded</example>
    public FileStatus Status { get; init; }

    /// <summary>The local copy, relative to the data folder's <c>files</c> folder.</summary>
    /// <example>A1 Werkstatt/2026/11/Benchy_0.2mm_PLA_1h12m.gcode</example>
    public string? LocalPath { get; init; }

    /// <example>9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08</example>
    public string? Sha256 { get; init; }

    /// <example>2026-11-20T14:05:13Z</example>
    public DateTimeOffset? DownloadedAt { get; init; }

    /// <example>false</example>
    public bool HasThumbnail { get; init; }

    /// <summary>Print metadata read from the file (filled once previews are parsed; null until then).</summary>
    public FileMetadataDto? Metadata { get; init; }

    /// <summary>Why the last download failed (status <c>error</c>).</summary>
    /// <example>FTPS download of /cache/x.3mf was cut short: received 1048576 of 5242880 bytes.</example>
    public string? Error { get; init; }

    public static FileDto From(PrinterFile file, string? printerName) => new()
    {
        Id = file.Id,
        PrinterId = file.PrinterId,
        PrinterName = printerName,
        Name = file.Name,
        Path = file.Path,
        Type = file.Type,
        SizeBytes = file.SizeBytes,
        ModifiedAt = file.ModifiedAt,
        Status = file.Status,
        LocalPath = file.LocalPath,
        Sha256 = file.Sha256,
        DownloadedAt = file.DownloadedAt,
        Error = file.Error,
    };
}
