namespace Printernizer.Application.Previews;

/// <summary>The preview kind found when a file was inspected (<c>mesh</c>, <c>gcode</c>, <c>thumbnail</c>, <c>none</c>).</summary>
public interface IFilePreviewKinds
{
    /// <summary>Null when the file was not inspected yet.</summary>
    Task<string?> GetAsync(Guid fileId, CancellationToken cancellationToken);
}
