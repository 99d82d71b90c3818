using MediatR;
using Printernizer.Application.Previews;

namespace Printernizer.Application.Files.Queries.GetFileThumbnail;

/// <summary>The PNG thumbnail of a file (404 when it has none).</summary>
public sealed record GetFileThumbnailQuery(Guid Id) : IRequest<FileThumbnail>;
