using MediatR;

namespace Printernizer.Application.Diagnostics.Queries.ListBackups;

public sealed class ListBackupsQueryHandler(IBackupService backups) : IRequestHandler<ListBackupsQuery, IReadOnlyList<BackupDto>>
{
    public Task<IReadOnlyList<BackupDto>> Handle(ListBackupsQuery request, CancellationToken cancellationToken) => backups.ListAsync(cancellationToken);
}
