using System.Collections.Immutable;
using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Domain.Costs;

namespace Printernizer.Application.Costs.Commands.UpdateCostSettings;

public sealed class UpdateCostSettingsCommandHandler(
    ICostSettingsRepository settings,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<UpdateCostSettingsCommand, CostSettingsDto>
{
    public async Task<CostSettingsDto> Handle(UpdateCostSettingsCommand request, CancellationToken cancellationToken)
    {
        var before = await settings.GetRatesAsync(cancellationToken);
        var rates = new CostRates
        {
            ElectricityPerKwh = request.ElectricityPerKwh,
            DefaultPowerWatts = request.DefaultPowerWatts,
            HeatUpKwh = request.HeatUpKwh,
            DefaultHourlyRate = request.DefaultHourlyRate,
            LabourPerHour = request.LabourPerHour,
            SetupMinutesPerJob = request.SetupMinutesPerJob,
            PostprocessMinutesPerJob = request.PostprocessMinutesPerJob,
            FailureAllowancePercent = request.FailureAllowancePercent,
            MarginPercent = request.MarginPercent,
            VatRatePercent = request.VatRatePercent,
            SmallBusiness = request.SmallBusiness,
            FilamentPricePerKg = (request.FilamentPrices ?? [])
                .ToImmutableDictionary(p => p.MaterialType.Trim(), p => p.PricePerKg, StringComparer.OrdinalIgnoreCase),
        };
        var now = timeProvider.GetUtcNow();
        await settings.SaveRatesAsync(rates, now, user.Actor, cancellationToken);
        var after = CostSettingsDto.From(rates, now, user.Actor);
        await audit.WriteAsync(new AuditEntry(user.Actor, "settings.costs.changed", "settings", "costs", CostSettingsDto.From(before.Value, before.ValidFrom, before.Actor), after), cancellationToken);
        return after;
    }
}
