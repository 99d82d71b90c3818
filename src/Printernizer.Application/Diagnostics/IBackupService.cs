namespace Printernizer.Application.Diagnostics;

/// <summary>Consistent copies of the live database (SQLite online backup) and the key ring.</summary>
public interface IBackupService
{
    Task<BackupDto> CreateAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<BackupDto>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Opens a backup archive for download; null when there is no such backup.</summary>
    Stream? Open(string name);

    /// <summary>Deletes all but the newest <paramref name="keep"/> backups.</summary>
    Task<int> PruneAsync(int keep, CancellationToken cancellationToken);
}

/// <summary>A backup archive (zip with the database and the key ring).</summary>
public sealed record BackupDto(string Name, long SizeBytes, DateTimeOffset CreatedAt);
