using Printernizer.Application.Previews;

namespace Printernizer.Application.Queue;

/// <summary>What the queue needs to know about a file: name, format, the printer model it was sliced for, estimates.</summary>
public sealed record QueueFileInfo
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public PrintFileFormat Format { get; init; }
    /// <summary>A 3MF with plate G-code (a Bambu print file).</summary>
    public bool IsSlicedProject { get; init; }
    public string? PrinterModel { get; init; }
    public int? PrintSeconds { get; init; }
    public string? MaterialType { get; init; }
    public long SizeBytes { get; init; }
    /// <summary>1-based plate whose G-code is printed (3MF).</summary>
    public int Plate { get; init; } = 1;
}
