namespace Printernizer.Domain.Files;

/// <summary>
/// One row of the combined file list: a file seen on a printer, a local file, or both (a downloaded printer file is
/// one row). <see cref="LocalPath"/> is relative to the library folder.
/// </summary>
public sealed class PrinterFile
{
    public Guid Id { get; init; }

    /// <summary>The printer the file was found on; null for files uploaded locally.</summary>
    public Guid? PrinterId { get; set; }

    /// <summary>The path used to address the file on the printer (Prusa: short 8.3 names); null for local files.</summary>
    public string? SourcePath { get; set; }

    /// <summary>The path to show (long names).</summary>
    public required string Path { get; set; }

    /// <summary>The name to show (Prusa: the long name).</summary>
    public required string Name { get; set; }

    /// <summary><c>gcode</c>, <c>bgcode</c>, <c>3mf</c>, <c>stl</c> or <c>other</c>.</summary>
    public required string Type { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Modification time reported by the printer (zone unknown for Bambu: use for ordering).</summary>
    public DateTimeOffset? ModifiedAt { get; set; }

    public FileStatus Status { get; set; }

    public string? LocalPath { get; set; }

    public string? Sha256 { get; set; }

    public DateTimeOffset? DownloadedAt { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    /// <summary>Why the last download failed.</summary>
    public string? Error { get; set; }

    /// <summary>The printer's ETag of the downloaded content, when it sends one.</summary>
    public string? ETag { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool HasLocalCopy => LocalPath is not null;

    /// <summary>The file type from the name (a sliced Bambu project <c>x.gcode.3mf</c> is <c>3mf</c>).</summary>
    public static string TypeOf(string name)
    {
        var lower = name.ToLowerInvariant();
        return System.IO.Path.GetExtension(lower) switch
        {
            ".gcode" or ".gco" or ".gc" or ".g" => "gcode",
            ".bgcode" or ".bgc" => "bgcode",
            ".3mf" => "3mf",
            ".stl" => "stl",
            _ => "other",
        };
    }
}
