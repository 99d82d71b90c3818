using System.Collections.Immutable;

namespace Printernizer.Application.Exports;

/// <summary>
/// DATEV export settings (business.md §1, §7.3): Berater-/Mandantennummer from the Steuerberater (empty blocks the
/// export), fiscal year start, Sachkontenlänge, chart of accounts and the accounts of the booking mapping (§7.3.5).
/// </summary>
public sealed record DatevSettings
{
    public static DatevSettings Skr03Defaults { get; } = new();

    public static DatevSettings Skr04Defaults { get; } = new()
    {
        ChartOfAccounts = DatevChartOfAccounts.Skr04,
        RevenueAccount19 = 4400,
        RevenueAccountSmallBusiness = 4185,
        RevenueAccountIntraEuSupply = 4125,
        RevenueAccountReverseCharge = 4336,
        WithdrawalAccount = 2100,
        WithdrawalRevenueAccount = 4620,
        AutomaticAccounts = [4400, 4300, 4125, 4336, 4620, 4185],
    };

    /// <summary>Beraternummer, 1001–9999999; null until set (export blocked).</summary>
    public int? ConsultantNumber { get; init; }

    /// <summary>Mandantennummer, 1–99999; null until set (export blocked).</summary>
    public int? ClientNumber { get; init; }

    /// <summary>Month (1–12) the fiscal year starts in; WJ-Beginn is the 1st of it. Default January.</summary>
    public int FiscalYearStartMonth { get; init; } = 1;

    /// <summary>Sachkontenlänge 4–8; must match the DATEV client. Default 4.</summary>
    public int AccountLength { get; init; } = 4;

    public DatevChartOfAccounts ChartOfAccounts { get; init; } = DatevChartOfAccounts.Skr03;

    /// <summary>Festschreibung: true locks the bookings on import. Default false (the advisor reviews first).</summary>
    public bool LockOnImport { get; init; }

    /// <summary>Herkunft (2 characters). Default "PM".</summary>
    public string Origin { get; init; } = "PM";

    /// <summary>Shared debtor for B2C ("Privatkunden diverse"). Default 10000.</summary>
    public long DefaultDebtorAccount { get; init; } = 10000;

    public long RevenueAccount19 { get; init; } = 8400;

    public long RevenueAccountSmallBusiness { get; init; } = 8195;

    public long RevenueAccountIntraEuSupply { get; init; } = 8125;

    public long RevenueAccountReverseCharge { get; init; } = 8336;

    /// <summary>Privatentnahmen (Konto of a private print). SKR03 1800, SKR04 2100.</summary>
    public long WithdrawalAccount { get; init; } = 1800;

    /// <summary>Entnahme Waren 19 % USt. SKR03 8910, SKR04 4620.</summary>
    public long WithdrawalRevenueAccount { get; init; } = 8910;

    /// <summary>Automatic accounts: a BU-Schlüssel on them is rejected.</summary>
    public ImmutableArray<long> AutomaticAccounts { get; init; } = [8400, 8300, 8125, 8336, 8910, 8195];

    /// <summary>WJ-Beginn for a batch whose first day is <paramref name="batchStart"/>.</summary>
    public DateOnly FiscalYearStartFor(DateOnly batchStart)
    {
        var month = Math.Clamp(FiscalYearStartMonth, 1, 12);
        var start = new DateOnly(batchStart.Year, month, 1);
        return start > batchStart ? start.AddYears(-1) : start;
    }
}
