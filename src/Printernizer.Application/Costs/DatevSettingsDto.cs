using Printernizer.Application.Exports;

namespace Printernizer.Application.Costs;

/// <summary>DATEV export settings (business.md §1, §7.3): numbers from the Steuerberater and the booking accounts.</summary>
public sealed record DatevSettingsDto
{
    /// <summary>Beraternummer (1001–9999999); empty blocks the export.</summary>
    /// <example>1234567</example>
    public int? ConsultantNumber { get; init; }

    /// <summary>Mandantennummer (1–99999); empty blocks the export.</summary>
    /// <example>12345</example>
    public int? ClientNumber { get; init; }

    /// <example>1</example>
    public int FiscalYearStartMonth { get; init; } = 1;

    /// <summary>Sachkontenlänge (4–8).</summary>
    /// <example>4</example>
    public int AccountLength { get; init; } = 4;

    /// <summary><c>skr03</c> or <c>skr04</c>.</summary>
    /// <example>skr03</example>
    public DatevChartOfAccounts ChartOfAccounts { get; init; }

    /// <summary>Festschreibung on import.</summary>
    public bool LockOnImport { get; init; }

    /// <summary>Herkunft, two letters or digits.</summary>
    /// <example>PM</example>
    public string Origin { get; init; } = "PM";

    /// <summary>Shared debtor for B2C sales.</summary>
    /// <example>10000</example>
    public long DefaultDebtorAccount { get; init; }

    /// <example>8400</example>
    public long RevenueAccount19 { get; init; }

    /// <example>8195</example>
    public long RevenueAccountSmallBusiness { get; init; }

    /// <summary>Privatentnahmen (SKR03 1800, SKR04 2100).</summary>
    /// <example>1800</example>
    public long WithdrawalAccount { get; init; }

    /// <summary>Entnahme Waren 19 % USt (SKR03 8910, SKR04 4620).</summary>
    /// <example>8910</example>
    public long WithdrawalRevenueAccount { get; init; }

    /// <summary>Since when these settings apply (null: defaults, never saved).</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    public static DatevSettingsDto From(DatevSettings s, DateTimeOffset? validFrom = null) => new()
    {
        ConsultantNumber = s.ConsultantNumber,
        ClientNumber = s.ClientNumber,
        FiscalYearStartMonth = s.FiscalYearStartMonth,
        AccountLength = s.AccountLength,
        ChartOfAccounts = s.ChartOfAccounts,
        LockOnImport = s.LockOnImport,
        Origin = s.Origin,
        DefaultDebtorAccount = s.DefaultDebtorAccount,
        RevenueAccount19 = s.RevenueAccount19,
        RevenueAccountSmallBusiness = s.RevenueAccountSmallBusiness,
        WithdrawalAccount = s.WithdrawalAccount,
        WithdrawalRevenueAccount = s.WithdrawalRevenueAccount,
        ValidFrom = validFrom,
    };
}
