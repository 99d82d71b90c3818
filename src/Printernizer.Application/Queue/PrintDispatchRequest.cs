namespace Printernizer.Application.Queue;

/// <summary>A file to upload to a printer and start printing right away.</summary>
public sealed record PrintDispatchRequest
{
    /// <summary>File name on the printer (as uploaded).</summary>
    public required string FileName { get; init; }

    /// <summary>The file's bytes (read from its current position); the caller disposes it.</summary>
    public required Stream Content { get; init; }

    public required long Length { get; init; }

    /// <summary>Job name shown on the printer.</summary>
    public required string JobName { get; init; }

    /// <summary>1-based plate of a 3MF.</summary>
    public int Plate { get; init; } = 1;

    public int? EstimatedSeconds { get; init; }

    public string? MaterialType { get; init; }

    public string? ColorHex { get; init; }
}
