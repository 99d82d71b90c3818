using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Files;

namespace Printernizer.Infrastructure.Files.Sources;

/// <summary>The file storage of a simulated printer (see <see cref="SimulatedFileStore"/>).</summary>
public sealed class SimulatedFileSource(Guid printerId, SimulatedFileStore store) : IPrinterFileSource
{
    public Task<IReadOnlyList<PrinterFileEntry>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PrinterFileEntry>>(store.Files(printerId)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new PrinterFileEntry(f.Path, f.Path, f.Name, f.Content.LongLength, f.ModifiedAt))
            .ToList());

    public async Task<PrinterFileDownloadResult> DownloadAsync(string sourcePath, Stream destination, IProgress<long>? progress, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        var file = store.Find(printerId, sourcePath) ?? throw new NotFoundException($"'{sourcePath}' is not on the simulated printer.");
        const int chunk = 16 * 1024;
        long written = 0;
        for (var offset = 0; offset < file.Content.Length; offset += chunk)
        {
            var count = Math.Min(chunk, file.Content.Length - offset);
            await destination.WriteAsync(file.Content.AsMemory(offset, count), cancellationToken);
            written += count;
            progress?.Report(written);
        }

        return new PrinterFileDownloadResult(false, null, written);
    }

    public Task DeleteAsync(string sourcePath, CancellationToken cancellationToken) =>
        store.Remove(printerId, sourcePath)
            ? Task.CompletedTask
            : throw new NotFoundException($"'{sourcePath}' is not on the simulated printer.");

    public async Task<PrinterFileEntry> UploadAsync(string fileName, Stream content, long length, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var file = store.Add(printerId, SafeFileName.Create(fileName), buffer.ToArray());
        return new PrinterFileEntry(file.Path, file.Path, file.Name, file.Content.LongLength, file.ModifiedAt);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
