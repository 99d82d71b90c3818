using MediatR;

namespace Printernizer.Application.Files.Queries.GetFileContent;

/// <summary>The local copy of a file (404 when there is none).</summary>
public sealed record GetFileContentQuery(Guid Id) : IRequest<FileContent>;
