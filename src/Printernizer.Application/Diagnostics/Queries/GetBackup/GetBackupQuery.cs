using MediatR;

namespace Printernizer.Application.Diagnostics.Queries.GetBackup;

/// <summary>Opens one backup archive for download.</summary>
public sealed record GetBackupQuery(string Name) : IRequest<BackupContent>;

/// <summary>A backup's bytes with its name (the caller disposes the stream).</summary>
public sealed record BackupContent(string Name, Stream Content);
