using System.Collections.Immutable;

namespace Printernizer.Domain.Costs;

/// <summary>
/// The rates a cost calculation uses (business.md §1, api.md <c>/settings/costs</c>). Immutable: a snapshot copies the
/// instance it was computed with, so later changes of the settings never change old jobs (§2.1, §5.2).
/// Prices are net in regular VAT mode and gross for Kleinunternehmer (<see cref="SmallBusiness"/>).
/// </summary>
public sealed record CostRates
{
    /// <summary>Fallback filament price when neither the spool nor the material type has one (business.md §1).</summary>
    public const decimal FallbackFilamentPricePerKg = 25.00m;

    /// <summary>The defaults of business.md §1 for a German shop (regular VAT mode, Bambu A1 as the default printer).</summary>
    public static CostRates GermanDefaults { get; } = new();

    /// <summary>€ per kWh (net; gross for Kleinunternehmer). Default 0.30.</summary>
    public decimal ElectricityPerKwh { get; init; } = 0.30m;

    /// <summary>Average printer power while printing, when the printer has no own value. Default 95 W (Bambu A1, PLA).</summary>
    public decimal DefaultPowerWatts { get; init; } = 95m;

    /// <summary>Optional heat-up surcharge per job in kWh. Default 0.</summary>
    public decimal HeatUpKwh { get; init; }

    /// <summary>
    /// Machine € per print hour when the printer has no own value. Default 0.134 = Bambu A1 at 420 € / 5,000 h + 0.05 €/h
    /// maintenance (business.md §2.3).
    /// </summary>
    public decimal DefaultHourlyRate { get; init; } = 0.134m;

    /// <summary>Labour € per hands-on hour. Default 36.00 (placeholder the owner sets).</summary>
    public decimal LabourPerHour { get; init; } = 36.00m;

    /// <summary>Hands-on setup minutes per job unless the job says otherwise. Default 10.</summary>
    public decimal SetupMinutesPerJob { get; init; } = 10m;

    /// <summary>Hands-on post-processing minutes per job unless the job says otherwise. Default 10.</summary>
    public decimal PostprocessMinutesPerJob { get; init; } = 10m;

    /// <summary>Failure allowance on material + energy + machine, in percent. Default 5.</summary>
    public decimal FailureAllowancePercent { get; init; } = 5m;

    /// <summary>Markup on Selbstkosten, in percent. Default 30.</summary>
    public decimal MarginPercent { get; init; } = 30m;

    /// <summary>Standard VAT rate in percent. Default 19.</summary>
    public decimal VatRatePercent { get; init; } = 19m;

    /// <summary>Kleinunternehmer (§ 19 UStG): no VAT on prices, all input prices are gross.</summary>
    public bool SmallBusiness { get; init; }

    /// <summary>Default filament price per kg by material type (case-insensitive), used when the spool has no price.</summary>
    public ImmutableDictionary<string, decimal> FilamentPricePerKg { get; init; } =
        ImmutableDictionary<string, decimal>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>The price per kg for a material type: the type's default, else <see cref="FallbackFilamentPricePerKg"/>.</summary>
    public decimal FilamentPriceFor(string? materialType) =>
        materialType is not null && FilamentPricePerKg.TryGetValue(materialType.Trim(), out var price) ? price : FallbackFilamentPricePerKg;

    /// <summary>Value equality including the filament prices (the dictionary compares by content).</summary>
    public bool Equals(CostRates? other) =>
        other is not null &&
        ElectricityPerKwh == other.ElectricityPerKwh && DefaultPowerWatts == other.DefaultPowerWatts && HeatUpKwh == other.HeatUpKwh &&
        DefaultHourlyRate == other.DefaultHourlyRate && LabourPerHour == other.LabourPerHour &&
        SetupMinutesPerJob == other.SetupMinutesPerJob && PostprocessMinutesPerJob == other.PostprocessMinutesPerJob &&
        FailureAllowancePercent == other.FailureAllowancePercent && MarginPercent == other.MarginPercent &&
        VatRatePercent == other.VatRatePercent && SmallBusiness == other.SmallBusiness &&
        FilamentPricePerKg.Count == other.FilamentPricePerKg.Count &&
        FilamentPricePerKg.All(p => other.FilamentPricePerKg.TryGetValue(p.Key, out var v) && v == p.Value);

    public override int GetHashCode() =>
        HashCode.Combine(ElectricityPerKwh, DefaultPowerWatts, DefaultHourlyRate, LabourPerHour, FailureAllowancePercent, MarginPercent, VatRatePercent, SmallBusiness);
}
