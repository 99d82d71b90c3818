namespace Printernizer.Application.Previews;

/// <summary>What the 3D/toolpath viewer can show for a file.</summary>
public sealed record FilePreviewDto
{
    /// <summary>
    /// <c>mesh</c> (STL/3MF with geometry: load <see cref="ContentUrl"/>), <c>gcode</c> (plain G-code toolpaths),
    /// <c>thumbnail</c> (only a picture: .bgcode, sliced 3MF, printer files) or <c>none</c>.
    /// </summary>
    /// <example>mesh</example>
    public required string Kind { get; init; }

    /// <summary>URL of the data to load: the file content for <c>mesh</c>/<c>gcode</c>, the PNG for <c>thumbnail</c>; null for <c>none</c>.</summary>
    /// <example>/api/v1/files/6f1c2b9e-3d4a-4c1e-9a0b-2f9c8d7e6a51/content</example>
    public string? ContentUrl { get; init; }

    /// <summary>Format of the content: <c>stl</c>, <c>3mf</c>, <c>gcode</c>, <c>png</c>; null for <c>none</c>.</summary>
    /// <example>stl</example>
    public string? Format { get; init; }

    /// <summary>The thumbnail URL when the file has one (also for <c>mesh</c> and <c>gcode</c>).</summary>
    /// <example>/api/v1/files/6f1c2b9e-3d4a-4c1e-9a0b-2f9c8d7e6a51/thumbnail</example>
    public string? ThumbnailUrl { get; init; }

    /// <summary>"unreadable: &lt;why&gt;" when the file could not be read.</summary>
    public string? Unreadable { get; init; }
}
