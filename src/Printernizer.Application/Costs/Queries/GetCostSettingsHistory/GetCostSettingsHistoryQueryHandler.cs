using MediatR;

namespace Printernizer.Application.Costs.Queries.GetCostSettingsHistory;

public sealed class GetCostSettingsHistoryQueryHandler(ICostSettingsRepository settings) : IRequestHandler<GetCostSettingsHistoryQuery, IReadOnlyList<CostSettingsDto>>
{
    public async Task<IReadOnlyList<CostSettingsDto>> Handle(GetCostSettingsHistoryQuery request, CancellationToken cancellationToken) =>
        (await settings.ListRatesHistoryAsync(cancellationToken)).Select(v => CostSettingsDto.From(v.Value, v.ValidFrom, v.Actor)).ToList();
}
