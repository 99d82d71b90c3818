using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Domain.Files;

namespace Printernizer.Application.Files.Commands.UploadLocalFile;

public sealed class UploadLocalFileCommandHandler(
    IFileRepository files,
    ILocalFileLibrary library,
    IRealtimePublisher realtime,
    IAuditLog audit,
    ICurrentUser user,
    FilesOptions options,
    TimeProvider timeProvider) : IRequestHandler<UploadLocalFileCommand, FileDto>
{
    public async Task<FileDto> Handle(UploadLocalFileCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var stored = await library.StoreAsync(request.Content, request.FileName, null, now, options.MaxUploadBytes, cancellationToken);
        var name = SafeFileName.Create(request.FileName);
        var file = new PrinterFile
        {
            Id = Guid.NewGuid(),
            Path = stored.LocalPath,
            Name = name,
            Type = PrinterFile.TypeOf(name),
            SizeBytes = stored.SizeBytes,
            ModifiedAt = now,
            Status = FileStatus.Local,
            LocalPath = stored.LocalPath,
            Sha256 = stored.Sha256,
            DownloadedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await files.AddAsync(file, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "file.uploaded", "file", file.Id.ToString("D"), null, new { file.Name, file.SizeBytes }), cancellationToken);
        var dto = FileDto.From(file, null);
        realtime.Publish("file.updated", dto, file.Id.ToString("D"));
        return dto;
    }
}
