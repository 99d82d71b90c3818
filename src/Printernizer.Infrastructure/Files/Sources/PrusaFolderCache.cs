using System.Collections.Concurrent;
using Printernizer.Application.Files;

namespace Printernizer.Infrastructure.Files.Sources;

/// <summary>
/// Per printer and folder: the last ETag and what the folder held (singleton), so an unchanged folder costs one 304
/// and no per-file size requests; sizes are cached by short path and modification time.
/// </summary>
public sealed class PrusaFolderCache
{
    private readonly ConcurrentDictionary<(Guid Printer, string Folder), CachedFolder> _folders = new();
    private readonly ConcurrentDictionary<(Guid Printer, string Path, long? Modified), long> _sizes = new();

    public CachedFolder? Get(Guid printerId, string folder) => _folders.TryGetValue((printerId, folder), out var cached) ? cached : null;

    public void Set(Guid printerId, string folder, CachedFolder value) => _folders[(printerId, folder)] = value;

    public bool TryGetSize(Guid printerId, string path, long? modified, out long size) => _sizes.TryGetValue((printerId, path, modified), out size);

    public void SetSize(Guid printerId, string path, long? modified, long size) => _sizes[(printerId, path, modified)] = size;

    /// <summary>A folder as last seen: its ETag, its files and its sub-folders (short path, long path).</summary>
    public sealed record CachedFolder(string? ETag, IReadOnlyList<PrinterFileEntry> Files, IReadOnlyList<(string ShortPath, string LongPath)> Folders);
}
