using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Diagnostics.Commands.CreateBackup;

public sealed class CreateBackupCommandHandler(IBackupService backups, IAuditLog audit, ICurrentUser user) : IRequestHandler<CreateBackupCommand, BackupDto>
{
    public async Task<BackupDto> Handle(CreateBackupCommand request, CancellationToken cancellationToken)
    {
        var backup = await backups.CreateAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "system.backup", "backup", backup.Name, null, backup), cancellationToken);
        return backup;
    }
}
