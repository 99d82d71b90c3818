using System.Collections.Concurrent;
using Printernizer.Application.Files;
using Printernizer.Application.Previews;
using Printernizer.Application.Queue;

namespace Printernizer.Infrastructure.Queue;

/// <summary>
/// Queue files from the file library (<c>files</c> table, local copies under <c>&lt;data&gt;/files</c>): a file can be
/// queued once it has a local copy (downloaded from a printer or uploaded). Format, sliced-for model, print time and
/// material come from the file inspector, cached per file and content hash.
/// </summary>
public sealed class LibraryQueueFileStore(IFileRepository files, ILocalFileLibrary library, IFileInspector inspector) : IQueueFileStore
{
    private static readonly ConcurrentDictionary<(Guid Id, string Sha256), QueueFileInfo> Cache = new();

    public async Task<QueueFileInfo?> GetAsync(Guid fileId, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(fileId, cancellationToken);
        if (file?.LocalPath is not { } localPath)
        {
            return null;
        }

        var key = (file.Id, file.Sha256 ?? string.Empty);
        if (file.Sha256 is not null && Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        await using var content = library.OpenRead(localPath);
        if (content is null)
        {
            return null;
        }

        var inspection = await inspector.InspectAsync(content, file.Name, cancellationToken);
        var metadata = inspection.Metadata;
        var plate = metadata.Plates.FirstOrDefault(p => p.IsSliced);
        var info = new QueueFileInfo
        {
            Id = file.Id,
            Name = file.Name,
            Format = inspection.Format,
            IsSlicedProject = inspection.IsSlicedProject,
            PrinterModel = metadata.PrinterModel,
            PrintSeconds = plate?.PrintSeconds ?? metadata.PrintSeconds,
            MaterialType = metadata.FilamentType,
            SizeBytes = file.SizeBytes,
            Plate = plate?.Index ?? 1,
        };
        if (file.Sha256 is not null)
        {
            Cache[key] = info;
        }

        return info;
    }

    public async Task<Stream?> OpenReadAsync(Guid fileId, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(fileId, cancellationToken);
        return file?.LocalPath is { } localPath ? library.OpenRead(localPath) : null;
    }
}
