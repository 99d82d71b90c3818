using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Diagnostics.Queries.GetBackup;

public sealed class GetBackupQueryHandler(IBackupService backups) : IRequestHandler<GetBackupQuery, BackupContent>
{
    public Task<BackupContent> Handle(GetBackupQuery request, CancellationToken cancellationToken)
    {
        var stream = backups.Open(request.Name) ?? throw NotFoundException.For("Backup", request.Name);
        return Task.FromResult(new BackupContent(request.Name, stream));
    }
}
