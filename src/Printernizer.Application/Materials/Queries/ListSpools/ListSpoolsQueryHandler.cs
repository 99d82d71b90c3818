using MediatR;
using Printernizer.Application.Common.Models;

namespace Printernizer.Application.Materials.Queries.ListSpools;

public sealed class ListSpoolsQueryHandler(ISpoolRepository spools) : IRequestHandler<ListSpoolsQuery, PagedList<SpoolDto>>
{
    public Task<PagedList<SpoolDto>> Handle(ListSpoolsQuery request, CancellationToken cancellationToken) =>
        spools.ListAsync(
            new SpoolFilter(
                request.MaterialId,
                string.IsNullOrWhiteSpace(request.Type) ? null : request.Type.Trim(),
                string.IsNullOrWhiteSpace(request.Brand) ? null : request.Brand.Trim(),
                request.Archived,
                request.LowStock,
                request.PrinterId,
                request.Page,
                request.PageSize),
            cancellationToken);
}
