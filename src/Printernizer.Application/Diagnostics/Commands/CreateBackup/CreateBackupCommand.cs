using MediatR;

namespace Printernizer.Application.Diagnostics.Commands.CreateBackup;

/// <summary>Backs up the database while running (consistent snapshot) together with the key ring.</summary>
public sealed record CreateBackupCommand : IRequest<BackupDto>;
