using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Files.Commands.DownloadFile;

public sealed class DownloadFileCommandHandler(
    IFileRepository files,
    IFileQueries queries,
    IFileTransfers transfers,
    IRealtimePublisher realtime,
    TimeProvider timeProvider) : IRequestHandler<DownloadFileCommand, FileDto>
{
    public async Task<FileDto> Handle(DownloadFileCommand request, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("File", request.Id);
        if (FileDownloadRules.WhyNotDownloadable(file) is { } reason)
        {
            throw new ConflictException(reason);
        }

        FileDownloadRules.MarkQueued(file, timeProvider.GetUtcNow());
        await files.UpdateAsync(file, cancellationToken);
        var dto = await queries.GetAsync(file.Id, cancellationToken) ?? FileDto.From(file, null);
        realtime.Publish("file.updated", dto, file.Id.ToString("D"));
        transfers.EnqueueDownload(file.Id);
        return dto;
    }
}
