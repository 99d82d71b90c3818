using MediatR;

namespace Printernizer.Application.Previews.Queries.GetFilePreview;

/// <summary>What the viewer needs to show a file (404 for an unknown id).</summary>
public sealed record GetFilePreviewQuery(Guid Id) : IRequest<FilePreviewDto>;
