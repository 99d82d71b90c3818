using MediatR;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Jobs;
using Printernizer.Domain.Files;

namespace Printernizer.Application.Files.Commands.CleanupFiles;

public sealed class CleanupFilesCommandHandler(
    IFileRepository files,
    IFileQueries queries,
    IJobRepository jobs,
    ILocalFileLibrary library,
    IRealtimePublisher realtime,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider,
    ILogger<CleanupFilesCommandHandler> logger) : IRequestHandler<CleanupFilesCommand, CleanupResultDto>
{
    public async Task<CleanupResultDto> Handle(CleanupFilesCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var openJobs = await jobs.ListOpenAsync(cancellationToken);
        var copies = (await files.ListLocalCopiesAsync(cancellationToken))
            .Where(f => f.Status != FileStatus.Downloading)
            .ToList();
        var total = copies.Sum(f => f.SizeBytes);
        var candidates = copies.Where(f => !FileDownloadRules.IsInUse(f, openJobs)).ToList();
        var chosen = new List<(PrinterFile File, string Reason)>();
        if (request.OlderThanDays is { } days)
        {
            var cutoff = now.AddDays(-days);
            chosen.AddRange(candidates.Where(f => (f.DownloadedAt ?? f.CreatedAt) < cutoff).Select(f => (f, "age")));
        }

        var remaining = total - chosen.Sum(c => c.File.SizeBytes);
        if (request.MaxTotalBytes is { } max)
        {
            foreach (var file in candidates.Where(f => chosen.All(c => c.File.Id != f.Id)).OrderBy(f => f.DownloadedAt ?? f.CreatedAt))
            {
                if (remaining <= max)
                {
                    break;
                }

                chosen.Add((file, "size"));
                remaining -= file.SizeBytes;
            }
        }

        var items = chosen.Select(c => new CleanupItemDto(c.File.Id, c.File.Name, c.File.LocalPath!, c.File.SizeBytes, c.File.DownloadedAt, c.Reason)).ToList();
        if (!request.DryRun)
        {
            foreach (var (file, _) in chosen)
            {
                library.Delete(file.LocalPath!);
                file.LocalPath = null;
                file.DownloadedAt = null;
                file.ETag = null;
                if (file.PrinterId is null || file.Status is FileStatus.Missing or FileStatus.Local)
                {
                    await files.DeleteAsync(file.Id, cancellationToken);
                    realtime.Publish("file.removed", new { id = file.Id, printerId = file.PrinterId }, file.Id.ToString("D"));
                }
                else
                {
                    file.Status = FileStatus.Available;
                    file.UpdatedAt = now;
                    await files.UpdateAsync(file, cancellationToken);
                    realtime.Publish("file.updated", await queries.GetAsync(file.Id, cancellationToken) ?? FileDto.From(file, null), file.Id.ToString("D"));
                }
            }

            if (items.Count > 0)
            {
                await audit.WriteAsync(
                    new AuditEntry(user.Actor, "files.cleanup", "file", null, null, new { count = items.Count, bytes = items.Sum(i => i.SizeBytes), request.OlderThanDays, request.MaxTotalBytes }),
                    cancellationToken);
                logger.LogInformation("Cleanup deleted {Count} local copies ({Bytes} bytes)", items.Count, items.Sum(i => i.SizeBytes));
            }
        }

        return new CleanupResultDto(request.DryRun, items.Count, items.Sum(i => i.SizeBytes), remaining, items);
    }
}
