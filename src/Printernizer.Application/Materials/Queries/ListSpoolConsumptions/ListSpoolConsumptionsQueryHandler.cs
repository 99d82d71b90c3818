using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Materials.Queries.ListSpoolConsumptions;

public sealed class ListSpoolConsumptionsQueryHandler(ISpoolRepository spools) : IRequestHandler<ListSpoolConsumptionsQuery, IReadOnlyList<ConsumptionDto>>
{
    public async Task<IReadOnlyList<ConsumptionDto>> Handle(ListSpoolConsumptionsQuery request, CancellationToken cancellationToken)
    {
        _ = await spools.GetAsync(request.SpoolId, cancellationToken) ?? throw NotFoundException.For("Spool", request.SpoolId);
        return await spools.ListConsumptionsAsync(request.SpoolId, cancellationToken);
    }
}
