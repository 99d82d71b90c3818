using MediatR;

namespace Printernizer.Application.Files.Commands.DeleteFile;

/// <summary>
/// Deletes the local copy (<c>scope=local</c>) or the file on the printer (<c>scope=printer</c>). A row with nothing
/// left (no local copy, not on a printer) leaves the list. Refused (409) while an open job prints the file.
/// </summary>
public sealed record DeleteFileCommand(Guid Id, FileDeleteScope Scope) : IRequest;
