using MediatR;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Files.Commands.DownloadFiles;

public sealed class DownloadFilesCommandHandler(
    IFileRepository files,
    IFileQueries queries,
    IFileTransfers transfers,
    IRealtimePublisher realtime,
    TimeProvider timeProvider) : IRequestHandler<DownloadFilesCommand, DownloadRequestResultDto>
{
    public async Task<DownloadRequestResultDto> Handle(DownloadFilesCommand request, CancellationToken cancellationToken)
    {
        var ids = request.FileIds.Distinct().ToList();
        var found = (await files.GetManyAsync(ids, cancellationToken)).ToDictionary(f => f.Id);
        var queued = new List<FileDto>();
        var skipped = new List<SkippedFileDto>();
        var now = timeProvider.GetUtcNow();
        foreach (var id in ids)
        {
            if (!found.TryGetValue(id, out var file))
            {
                skipped.Add(new SkippedFileDto(id, $"File '{id}' was not found."));
                continue;
            }

            if (FileDownloadRules.WhyNotDownloadable(file) is { } reason)
            {
                skipped.Add(new SkippedFileDto(id, reason));
                continue;
            }

            FileDownloadRules.MarkQueued(file, now);
            await files.UpdateAsync(file, cancellationToken);
            var dto = await queries.GetAsync(file.Id, cancellationToken) ?? FileDto.From(file, null);
            realtime.Publish("file.updated", dto, file.Id.ToString("D"));
            transfers.EnqueueDownload(file.Id);
            queued.Add(dto);
        }

        return new DownloadRequestResultDto(queued, skipped);
    }
}
