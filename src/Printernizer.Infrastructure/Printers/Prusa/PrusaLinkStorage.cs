namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>One storage (Buddy: only <c>/usb/</c>).</summary>
public sealed record PrusaLinkStorage
{
    public string? Path { get; init; }
    public string? Name { get; init; }
    public string? Type { get; init; }
    public bool? ReadOnly { get; init; }
    public bool? Available { get; init; }
    public long? FreeSpace { get; init; }
    public long? TotalSpace { get; init; }
}
