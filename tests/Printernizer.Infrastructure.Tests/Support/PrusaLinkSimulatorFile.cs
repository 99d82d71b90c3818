namespace Printernizer.Infrastructure.Tests.Support;

/// <summary>A file on a simulated printer's USB stick.</summary>
public sealed class PrusaLinkSimulatorFile
{
    /// <summary>Short-name folder path below /usb without slashes at the ends ("" = root), e.g. <c>EXAMPLE</c>.</summary>
    public required string Folder { get; init; }

    /// <summary>8.3 short name, e.g. <c>NUT_15~1.GCO</c>.</summary>
    public required string ShortName { get; init; }

    /// <summary>Long name, e.g. <c>Nut_150um_MINI_PLA_1h32m.gcode</c>.</summary>
    public required string DisplayName { get; init; }

    public byte[] Content { get; set; } = [];

    public long MTimestamp { get; set; } = 1_700_000_000;

    /// <summary>PNG served under <c>/thumb/l/...</c>; null → 404 "File doesn't contain preview".</summary>
    public byte[]? Thumbnail { get; set; }

    /// <summary>16×16 PNG served under <c>/thumb/s/...</c>; null → 404.</summary>
    public byte[]? Icon { get; set; }

    public bool ReadOnly { get; set; }

    /// <summary>Headers the upload came with (Print-After-Upload, Overwrite), when uploaded.</summary>
    public IReadOnlyDictionary<string, string> UploadHeaders { get; set; } = new Dictionary<string, string>();

    /// <summary>Short-name path below /usb, e.g. <c>EXAMPLE/NUT_15~1.GCO</c>.</summary>
    public string ShortPath => Folder.Length == 0 ? ShortName : Folder + "/" + ShortName;
}
