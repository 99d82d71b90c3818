using MediatR;
using Printernizer.Application.Common.Models;

namespace Printernizer.Application.Files.Queries.ListFiles;

public sealed class ListFilesQueryHandler(IFileQueries queries) : IRequestHandler<ListFilesQuery, PagedList<FileDto>>
{
    public Task<PagedList<FileDto>> Handle(ListFilesQuery request, CancellationToken cancellationToken) =>
        queries.ListAsync(
            new FileListFilter(
                request.PrinterId,
                request.Status,
                request.Type,
                string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim(),
                request.Page,
                request.PageSize,
                request.Sort ?? "-modifiedAt"),
            cancellationToken);
}
