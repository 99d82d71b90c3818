using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Exports;

namespace Printernizer.Application.Costs.Commands.UpdateDatevSettings;

public sealed class UpdateDatevSettingsCommandHandler(
    ICostSettingsRepository settings,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<UpdateDatevSettingsCommand, DatevSettingsDto>
{
    public async Task<DatevSettingsDto> Handle(UpdateDatevSettingsCommand request, CancellationToken cancellationToken)
    {
        var before = await settings.GetDatevAsync(cancellationToken);
        var defaults = request.ChartOfAccounts == DatevChartOfAccounts.Skr04 ? DatevSettings.Skr04Defaults : DatevSettings.Skr03Defaults;
        var value = defaults with
        {
            ConsultantNumber = request.ConsultantNumber,
            ClientNumber = request.ClientNumber,
            FiscalYearStartMonth = request.FiscalYearStartMonth,
            AccountLength = request.AccountLength,
            LockOnImport = request.LockOnImport,
            Origin = string.IsNullOrWhiteSpace(request.Origin) ? defaults.Origin : request.Origin.Trim(),
            DefaultDebtorAccount = request.DefaultDebtorAccount ?? defaults.DefaultDebtorAccount,
            RevenueAccount19 = request.RevenueAccount19 ?? defaults.RevenueAccount19,
            RevenueAccountSmallBusiness = request.RevenueAccountSmallBusiness ?? defaults.RevenueAccountSmallBusiness,
            WithdrawalAccount = request.WithdrawalAccount ?? defaults.WithdrawalAccount,
            WithdrawalRevenueAccount = request.WithdrawalRevenueAccount ?? defaults.WithdrawalRevenueAccount,
        };
        var now = timeProvider.GetUtcNow();
        await settings.SaveDatevAsync(value, now, user.Actor, cancellationToken);
        var after = DatevSettingsDto.From(value, now);
        await audit.WriteAsync(new AuditEntry(user.Actor, "settings.datev.changed", "settings", "datev", DatevSettingsDto.From(before.Value, before.ValidFrom), after), cancellationToken);
        return after;
    }
}
