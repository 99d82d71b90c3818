namespace Printernizer.Application.Queue;

/// <summary>One order line to queue: <see cref="Quantity"/> copies of a file.</summary>
public sealed record OrderQueueLine(int LineNo, Guid FileId, string? FileName, int Quantity, string? MaterialType, string? ColorHex);
