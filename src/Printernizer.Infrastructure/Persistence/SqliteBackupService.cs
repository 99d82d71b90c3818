using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Diagnostics;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>
/// Online backup: SQLite's backup API copies a consistent snapshot while Printernizer keeps running; the snapshot
/// and the Data Protection key ring (without it the printers' secrets cannot be decrypted) go into one zip in
/// <c>&lt;data&gt;/backups</c>. Names are generated here and checked on download, so no path can be injected.
/// </summary>
public sealed partial class SqliteBackupService(DataFolder folder, SqliteConnectionFactory connections, TimeProvider timeProvider) : IBackupService
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private string BackupsPath => Path.Combine(folder.Root, "backups");

    public async Task<BackupDto> CreateAsync(CancellationToken cancellationToken)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(BackupsPath);
            var now = timeProvider.GetUtcNow();
            var name = "printernizer-" + now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".zip";
            var snapshot = Path.Combine(BackupsPath, name + ".db.tmp");
            var archive = Path.Combine(BackupsPath, name + ".tmp");
            try
            {
                await using (var source = await connections.OpenAsync(cancellationToken))
                await using (var destination = new SqliteConnection($"Data Source={snapshot};Pooling=False"))
                {
                    await destination.OpenAsync(cancellationToken);
                    source.BackupDatabase(destination);
                }

                await using (var zipStream = new FileStream(archive, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                await using (var zip = new ZipArchive(zipStream, ZipArchiveMode.Create))
                {
                    await zip.CreateEntryFromFileAsync(snapshot, "printernizer.db", CompressionLevel.Optimal, cancellationToken);
                    if (Directory.Exists(folder.KeysPath))
                    {
                        foreach (var key in Directory.EnumerateFiles(folder.KeysPath, "*.xml"))
                        {
                            await zip.CreateEntryFromFileAsync(key, "keys/" + Path.GetFileName(key), CompressionLevel.Optimal, cancellationToken);
                        }
                    }
                }

                File.Move(archive, Path.Combine(BackupsPath, name), overwrite: false);
                return new BackupDto(name, new FileInfo(Path.Combine(BackupsPath, name)).Length, now);
            }
            finally
            {
                TryDelete(snapshot);
                TryDelete(archive);
            }
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    public Task<IReadOnlyList<BackupDto>> ListAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<BackupDto> list = !Directory.Exists(BackupsPath)
            ? []
            : Directory.EnumerateFiles(BackupsPath, "printernizer-*.zip")
                .Select(path => new FileInfo(path))
                .Where(file => BackupName().IsMatch(file.Name))
                .Select(file => new BackupDto(file.Name, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero)))
                .OrderByDescending(b => b.Name, StringComparer.Ordinal)
                .ToList();
        return Task.FromResult(list);
    }

    public Stream? Open(string name)
    {
        if (!BackupName().IsMatch(name))
        {
            return null;
        }

        var path = Path.Combine(BackupsPath, name);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous) : null;
    }

    public async Task<int> PruneAsync(int keep, CancellationToken cancellationToken)
    {
        var all = await ListAsync(cancellationToken);
        var old = all.Skip(Math.Max(1, keep)).ToList();
        foreach (var backup in old)
        {
            TryDelete(Path.Combine(BackupsPath, backup.Name));
        }

        return old.Count;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex(@"^printernizer-\d{8}-\d{6}\.zip$")]
    private static partial Regex BackupName();
}
