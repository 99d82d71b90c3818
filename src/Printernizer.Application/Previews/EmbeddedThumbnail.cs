namespace Printernizer.Application.Previews;

/// <summary>
/// A preview image embedded in a print file. <see cref="Data"/> is a complete image file in <see cref="Format"/>:
/// PNG stays PNG, JPEG stays JPEG, QOI is decoded and re-encoded as PNG (then <see cref="Format"/> is
/// <see cref="ThumbnailImageFormat.Png"/> and <see cref="SourceFormat"/> is <see cref="ThumbnailImageFormat.Qoi"/>).
/// </summary>
/// <param name="Width">Pixels.</param>
/// <param name="Height">Pixels.</param>
/// <param name="Format">Encoding of <see cref="Data"/> (never QOI).</param>
/// <param name="SourceFormat">Encoding inside the print file.</param>
/// <param name="Data">The image file bytes.</param>
/// <param name="Source">Where it came from, e.g. "gcode thumbnail 220x124", "bgcode block 3", "Metadata/plate_1_small.png".</param>
/// <param name="Plate">Bambu/Orca plate number (1-based) for plate previews, else null.</param>
public sealed record EmbeddedThumbnail(
    int Width,
    int Height,
    ThumbnailImageFormat Format,
    ThumbnailImageFormat SourceFormat,
    byte[] Data,
    string Source,
    int? Plate = null);
