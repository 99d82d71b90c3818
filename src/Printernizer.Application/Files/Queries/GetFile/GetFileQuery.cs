using MediatR;

namespace Printernizer.Application.Files.Queries.GetFile;

/// <summary>One row of the combined list.</summary>
public sealed record GetFileQuery(Guid Id) : IRequest<FileDto>;
