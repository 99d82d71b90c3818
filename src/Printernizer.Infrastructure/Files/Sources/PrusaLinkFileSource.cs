using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Files;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Infrastructure.Printers.Prusa;

namespace Printernizer.Infrastructure.Files.Sources;

/// <summary>
/// A Prusa printer's USB stick over PrusaLink: walks the folder tree (short names address files, long
/// <c>display_name</c>s are shown), asks each new file for its size, honours folder ETags (304: nothing changed) and
/// download ETags when the printer sends them.
/// </summary>
public sealed class PrusaLinkFileSource : IPrinterFileSource
{
    private const int MaxDepth = 8;
    private const int MaxFiles = 20_000;

    private readonly PrinterConnectionSettings _settings;
    private readonly PrusaFolderCache _cache;
    private readonly PrusaLinkClient _client;

    public PrusaLinkFileSource(PrinterConnectionSettings settings, PrusaFolderCache cache, TimeProvider timeProvider)
    {
        _settings = settings;
        _cache = cache;
        // One connection: the status driver keeps two of Buddy's three slots.
        _client = PrusaLinkClient.Create(PrusaLinkClientOptions.From(settings) with { MaxConnectionsPerServer = 1 }, timeProvider);
    }

    public async Task<IReadOnlyList<PrinterFileEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<PrinterFileEntry>();
        await ListFolderAsync(string.Empty, "/usb", 0, result, cancellationToken);
        return result;
    }

    public async Task<PrinterFileDownloadResult> DownloadAsync(string sourcePath, Stream destination, IProgress<long>? progress, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        var counting = new ProgressStream(destination, progress);
        var result = await Translate(() => _client.DownloadAsync(sourcePath, counting, ifNoneMatch, cancellationToken));
        return new PrinterFileDownloadResult(result.NotModified, result.ETag, result.BytesWritten);
    }

    public Task DeleteAsync(string sourcePath, CancellationToken cancellationToken) =>
        Translate(async () =>
        {
            await _client.DeleteFileAsync(sourcePath, cancellationToken);
            return true;
        });

    public async Task<PrinterFileEntry> UploadAsync(string fileName, Stream content, long length, CancellationToken cancellationToken)
    {
        var name = SafeFileName.Create(fileName);
        var created = await Translate(() => _client.UploadAsync(name, content, length, null, cancellationToken));
        var shortName = created?.Name ?? name;
        return new PrinterFileEntry("/usb/" + shortName, "/usb/" + name, name, length, null);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task ListFolderAsync(string shortPath, string longPath, int depth, List<PrinterFileEntry> result, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || result.Count >= MaxFiles)
        {
            return;
        }

        var cached = _cache.Get(_settings.PrinterId, shortPath);
        var listing = await Translate(() => _client.ListFilesAsync(shortPath, cached?.ETag, cancellationToken));
        PrusaFolderCache.CachedFolder folder;
        if (listing.NotModified && cached is not null)
        {
            folder = cached;
        }
        else
        {
            var files = new List<PrinterFileEntry>();
            var folders = new List<(string, string)>();
            foreach (var child in listing.Folder?.Children ?? [])
            {
                if (string.IsNullOrEmpty(child.Name))
                {
                    continue;
                }

                var childShort = shortPath.Length == 0 ? child.Name : shortPath + "/" + child.Name;
                var childLong = longPath + "/" + (child.LongName ?? child.Name);
                if (child.IsFolder)
                {
                    folders.Add((childShort, childLong));
                    continue;
                }

                // A file still being uploaded is read-only without a download ref: skip it until it is complete.
                if (child.Refs?.Download is not { Length: > 0 } download)
                {
                    continue;
                }

                var size = await SizeAsync(childShort, child.MTimestamp, cancellationToken);
                var modified = child.MTimestamp is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
                files.Add(new PrinterFileEntry(download, childLong, child.LongName ?? child.Name, size, modified));
            }

            folder = new PrusaFolderCache.CachedFolder(listing.ETag, files, folders);
            if (listing.ETag is not null)
            {
                _cache.Set(_settings.PrinterId, shortPath, folder);
            }
        }

        result.AddRange(folder.Files);
        foreach (var (childShort, childLong) in folder.Folders)
        {
            await ListFolderAsync(childShort, childLong, depth + 1, result, cancellationToken);
        }
    }

    private async Task<long> SizeAsync(string shortPath, long? modified, CancellationToken cancellationToken)
    {
        if (_cache.TryGetSize(_settings.PrinterId, shortPath, modified, out var size))
        {
            return size;
        }

        var entry = await Translate(() => _client.GetFileAsync(shortPath, cancellationToken));
        size = entry.Size ?? 0;
        _cache.SetSize(_settings.PrinterId, shortPath, modified, size);
        return size;
    }

    private async Task<T> Translate<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (ArgumentException ex)
        {
            throw new PrinterCommunicationException($"Printer '{_settings.Name}' reported a path Printernizer cannot use: {ex.Message}", ex);
        }
    }
}
