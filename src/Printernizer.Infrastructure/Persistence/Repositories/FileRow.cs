using Printernizer.Domain.Files;

namespace Printernizer.Infrastructure.Persistence.Repositories;

/// <summary>A <c>files</c> row as Dapper reads it.</summary>
internal sealed class FileRow
{
    public Guid Id { get; init; }
    public Guid? PrinterId { get; init; }
    public string? SourcePath { get; init; }
    public string Path { get; init; } = "";
    public string Name { get; init; } = "";
    public string Type { get; init; } = "other";
    public long SizeBytes { get; init; }
    public DateTimeOffset? ModifiedAt { get; init; }
    public string Status { get; init; } = "available";
    public string? LocalPath { get; init; }
    public string? Sha256 { get; init; }
    public DateTimeOffset? DownloadedAt { get; init; }
    public DateTimeOffset? LastSeenAt { get; init; }
    public string? Error { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public PrinterFile ToFile() => new()
    {
        Id = Id,
        PrinterId = PrinterId,
        SourcePath = SourcePath,
        Path = Path,
        Name = Name,
        Type = Type,
        SizeBytes = SizeBytes,
        ModifiedAt = ModifiedAt,
        Status = EnumText.Parse<FileStatus>(Status),
        LocalPath = LocalPath,
        Sha256 = Sha256,
        DownloadedAt = DownloadedAt,
        LastSeenAt = LastSeenAt,
        Error = Error,
        ETag = ETag,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
    };
}
