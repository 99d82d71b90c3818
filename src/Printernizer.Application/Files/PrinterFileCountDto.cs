namespace Printernizer.Application.Files;

/// <summary>Files of one printer (null printer: local uploads): all, downloaded, failed, bytes.</summary>
public sealed record PrinterFileCountDto(Guid? PrinterId, string? PrinterName, long Count, long Bytes, long Downloaded, long LocalBytes, long Failed);
