using MediatR;

namespace Printernizer.Application.Costs.Queries.GetCostSettings;

public sealed class GetCostSettingsQueryHandler(ICostSettingsRepository settings) : IRequestHandler<GetCostSettingsQuery, CostSettingsDto>
{
    public async Task<CostSettingsDto> Handle(GetCostSettingsQuery request, CancellationToken cancellationToken)
    {
        var current = await settings.GetRatesAsync(cancellationToken);
        return CostSettingsDto.From(current.Value, current.ValidFrom, current.Actor);
    }
}
