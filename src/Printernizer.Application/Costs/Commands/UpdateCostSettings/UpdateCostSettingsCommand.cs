using MediatR;

namespace Printernizer.Application.Costs.Commands.UpdateCostSettings;

/// <summary>
/// <c>PUT /api/v1/settings/costs</c>: saves a new version of the rates, valid from now. Frozen job costs keep the rates
/// they were computed with; re-price a job explicitly with <c>POST /api/v1/jobs/{id}/cost/recalculate</c>.
/// </summary>
public sealed record UpdateCostSettingsCommand : IRequest<CostSettingsDto>
{
    /// <example>0.30</example>
    public decimal ElectricityPerKwh { get; init; }

    /// <example>95</example>
    public decimal DefaultPowerWatts { get; init; }

    /// <example>0</example>
    public decimal HeatUpKwh { get; init; }

    /// <example>0.134</example>
    public decimal DefaultHourlyRate { get; init; }

    /// <example>36.00</example>
    public decimal LabourPerHour { get; init; }

    /// <example>10</example>
    public decimal SetupMinutesPerJob { get; init; }

    /// <example>10</example>
    public decimal PostprocessMinutesPerJob { get; init; }

    /// <example>5</example>
    public decimal FailureAllowancePercent { get; init; }

    /// <example>30</example>
    public decimal MarginPercent { get; init; }

    /// <example>19</example>
    public decimal VatRatePercent { get; init; }

    /// <example>false</example>
    public bool SmallBusiness { get; init; }

    /// <summary>Default price per kg by material type.</summary>
    public IReadOnlyList<FilamentPriceDto>? FilamentPrices { get; init; }
}
