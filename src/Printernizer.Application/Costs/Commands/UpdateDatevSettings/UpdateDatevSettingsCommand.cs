using MediatR;
using Printernizer.Application.Exports;

namespace Printernizer.Application.Costs.Commands.UpdateDatevSettings;

/// <summary>
/// <c>PUT /api/v1/settings/datev</c>: saves a new version. Accounts left out take the defaults of the chart of accounts
/// (SKR03: 8400/8195/1800/8910, SKR04: 4400/4185/2100/4620).
/// </summary>
public sealed record UpdateDatevSettingsCommand : IRequest<DatevSettingsDto>
{
    /// <example>1234567</example>
    public int? ConsultantNumber { get; init; }

    /// <example>12345</example>
    public int? ClientNumber { get; init; }

    /// <example>1</example>
    public int FiscalYearStartMonth { get; init; } = 1;

    /// <example>4</example>
    public int AccountLength { get; init; } = 4;

    /// <example>skr03</example>
    public DatevChartOfAccounts ChartOfAccounts { get; init; }

    public bool LockOnImport { get; init; }

    /// <example>PM</example>
    public string? Origin { get; init; }

    /// <example>10000</example>
    public long? DefaultDebtorAccount { get; init; }

    /// <example>8400</example>
    public long? RevenueAccount19 { get; init; }

    /// <example>8195</example>
    public long? RevenueAccountSmallBusiness { get; init; }

    /// <example>1800</example>
    public long? WithdrawalAccount { get; init; }

    /// <example>8910</example>
    public long? WithdrawalRevenueAccount { get; init; }
}
