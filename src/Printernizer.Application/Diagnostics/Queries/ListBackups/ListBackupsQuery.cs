using MediatR;

namespace Printernizer.Application.Diagnostics.Queries.ListBackups;

/// <summary>The backups in the data folder, newest first.</summary>
public sealed record ListBackupsQuery : IRequest<IReadOnlyList<BackupDto>>;
