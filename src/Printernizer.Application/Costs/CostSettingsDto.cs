using System.Collections.Immutable;
using Printernizer.Domain.Costs;

namespace Printernizer.Application.Costs;

/// <summary>The cost rates (business.md §1): net amounts in regular VAT mode, gross for Kleinunternehmer.</summary>
public sealed record CostSettingsDto
{
    /// <summary>€ per kWh.</summary>
    /// <example>0.30</example>
    public decimal ElectricityPerKwh { get; init; }

    /// <summary>Average printing power when a printer has no own value, in watts.</summary>
    /// <example>95</example>
    public decimal DefaultPowerWatts { get; init; }

    /// <summary>Optional heat-up surcharge per job in kWh.</summary>
    /// <example>0</example>
    public decimal HeatUpKwh { get; init; }

    /// <summary>Machine € per print hour when a printer has no own value.</summary>
    /// <example>0.134</example>
    public decimal DefaultHourlyRate { get; init; }

    /// <summary>Labour € per hands-on hour.</summary>
    /// <example>36.00</example>
    public decimal LabourPerHour { get; init; }

    /// <example>10</example>
    public decimal SetupMinutesPerJob { get; init; }

    /// <example>10</example>
    public decimal PostprocessMinutesPerJob { get; init; }

    /// <summary>Failure allowance on material + energy + machine, in percent.</summary>
    /// <example>5</example>
    public decimal FailureAllowancePercent { get; init; }

    /// <summary>Markup on Selbstkosten, in percent.</summary>
    /// <example>30</example>
    public decimal MarginPercent { get; init; }

    /// <example>19</example>
    public decimal VatRatePercent { get; init; }

    /// <summary>Kleinunternehmer (§ 19 UStG): no VAT; all input prices gross.</summary>
    /// <example>false</example>
    public bool SmallBusiness { get; init; }

    /// <summary>Default price per kg by material type (used when the spool has no price; else 25.00 €/kg).</summary>
    public IReadOnlyList<FilamentPriceDto> FilamentPrices { get; init; } = [];

    /// <summary>Since when these rates apply (null: built-in defaults, never saved).</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>Who saved them.</summary>
    /// <example>admin</example>
    public string? ChangedBy { get; init; }

    public static CostSettingsDto From(CostRates rates, DateTimeOffset? validFrom = null, string? changedBy = null) => new()
    {
        ElectricityPerKwh = rates.ElectricityPerKwh,
        DefaultPowerWatts = rates.DefaultPowerWatts,
        HeatUpKwh = rates.HeatUpKwh,
        DefaultHourlyRate = rates.DefaultHourlyRate,
        LabourPerHour = rates.LabourPerHour,
        SetupMinutesPerJob = rates.SetupMinutesPerJob,
        PostprocessMinutesPerJob = rates.PostprocessMinutesPerJob,
        FailureAllowancePercent = rates.FailureAllowancePercent,
        MarginPercent = rates.MarginPercent,
        VatRatePercent = rates.VatRatePercent,
        SmallBusiness = rates.SmallBusiness,
        FilamentPrices = rates.FilamentPricePerKg.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .Select(p => new FilamentPriceDto(p.Key, p.Value)).ToList(),
        ValidFrom = validFrom,
        ChangedBy = changedBy,
    };
}
