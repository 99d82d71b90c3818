using System.Collections.Concurrent;
using Printernizer.Application.Previews;
using Printernizer.Application.Queue;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Queue;

/// <summary>
/// Stand-alone file store for the queue: <c>&lt;data&gt;/files/queue/&lt;fileId&gt;/&lt;name&gt;</c>, described by the file
/// inspector. Used until the printer-files library is wired in (then <see cref="IQueueFileStore"/> reads that instead).
/// </summary>
public sealed class LocalQueueFileStore(DataFolder folder, IFileInspector inspector) : IQueueFileStore
{
    private readonly ConcurrentDictionary<Guid, QueueFileInfo> _cache = new();

    private string Root => Path.Combine(folder.FilesPath, "queue");

    /// <summary>Stores a file and returns its description (its id is the file id to queue).</summary>
    public async Task<QueueFileInfo> AddAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName);
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException("Not a usable file name.", nameof(fileName));
        }

        var id = Guid.NewGuid();
        var directory = Path.Combine(Root, id.ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        await using (var target = File.Create(path))
        {
            await content.CopyToAsync(target, cancellationToken);
        }

        return await DescribeAsync(id, path, cancellationToken);
    }

    public async Task<QueueFileInfo?> GetAsync(Guid fileId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(fileId, out var cached))
        {
            return cached;
        }

        var path = PathOf(fileId);
        return path is null ? null : await DescribeAsync(fileId, path, cancellationToken);
    }

    public Task<Stream?> OpenReadAsync(Guid fileId, CancellationToken cancellationToken)
    {
        var path = PathOf(fileId);
        return Task.FromResult<Stream?>(path is null ? null : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    private string? PathOf(Guid fileId)
    {
        var directory = Path.Combine(Root, fileId.ToString("N"));
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory).FirstOrDefault() : null;
    }

    private async Task<QueueFileInfo> DescribeAsync(Guid id, string path, CancellationToken cancellationToken)
    {
        var inspection = await inspector.InspectAsync(path, cancellationToken);
        var metadata = inspection.Metadata;
        var plate = metadata.Plates.FirstOrDefault(p => p.IsSliced);
        var info = new QueueFileInfo
        {
            Id = id,
            Name = Path.GetFileName(path),
            Format = inspection.Format,
            IsSlicedProject = inspection.IsSlicedProject,
            PrinterModel = metadata.PrinterModel,
            PrintSeconds = plate?.PrintSeconds ?? metadata.PrintSeconds,
            MaterialType = metadata.FilamentType,
            SizeBytes = new FileInfo(path).Length,
            Plate = plate?.Index ?? 1,
        };
        _cache[id] = info;
        return info;
    }
}
