using System.Text.Json.Serialization;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>
/// A file or folder entry (<c>/api/v1/files/usb/...</c>, <c>job.file</c>). <see cref="Name"/> and
/// <see cref="Path"/> are 8.3 short names (build URLs from them); <see cref="DisplayName"/> is the long name (show it).
/// </summary>
public sealed record PrusaLinkFile
{
    public string? Name { get; init; }
    public string? DisplayName { get; init; }

    /// <summary>Short-name directory (only in <c>job.file</c>, e.g. <c>/usb</c>).</summary>
    public string? Path { get; init; }

    /// <summary>FOLDER, PRINT_FILE, FILE, ...</summary>
    public string? Type { get; init; }

    /// <summary>Buddy's read-only flag (true also while a file is still being uploaded).</summary>
    public bool? Ro { get; init; }

    /// <summary>The spec's read-only flag (Raspberry Pi PrusaLink).</summary>
    public bool? ReadOnly { get; init; }

    /// <summary>Bytes; only on file entries, never on listing children.</summary>
    public long? Size { get; init; }

    /// <summary>Unix seconds.</summary>
    public long? MTimestamp { get; init; }

    public PrusaLinkFileRefs? Refs { get; init; }

    public IReadOnlyList<PrusaLinkFile>? Children { get; init; }

    [JsonIgnore]
    public bool IsFolder => string.Equals(Type, "FOLDER", StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public bool IsReadOnly => Ro == true || ReadOnly == true;

    /// <summary>The name to show a person: the long name when known, else the short name.</summary>
    [JsonIgnore]
    public string? LongName => string.IsNullOrEmpty(DisplayName) ? Name : DisplayName;
}
