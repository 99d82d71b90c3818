namespace Printernizer.Application.Files;

/// <summary>SSE <c>download.progress</c>: bytes so far, total, current rate (bytes per second).</summary>
public sealed record DownloadProgressDto(Guid FileId, Guid? PrinterId, string Name, long Bytes, long Total, long BytesPerSecond, decimal Percent);
