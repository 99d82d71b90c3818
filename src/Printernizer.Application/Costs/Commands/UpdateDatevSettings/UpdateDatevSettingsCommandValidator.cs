using FluentValidation;

namespace Printernizer.Application.Costs.Commands.UpdateDatevSettings;

public sealed class UpdateDatevSettingsCommandValidator : AbstractValidator<UpdateDatevSettingsCommand>
{
    private const string AccountMessage = "Enter an account number with at most 8 digits.";

    public UpdateDatevSettingsCommandValidator()
    {
        RuleFor(x => x.ConsultantNumber).InclusiveBetween(1001, 9_999_999).When(x => x.ConsultantNumber.HasValue)
            .WithMessage("The Beraternummer is between 1001 and 9999999.");
        RuleFor(x => x.ClientNumber).InclusiveBetween(1, 99_999).When(x => x.ClientNumber.HasValue)
            .WithMessage("The Mandantennummer is between 1 and 99999.");
        RuleFor(x => x.FiscalYearStartMonth).InclusiveBetween(1, 12).WithMessage("The fiscal year starts in a month 1–12.");
        RuleFor(x => x.AccountLength).InclusiveBetween(4, 8).WithMessage("The Sachkontenlänge is between 4 and 8.");
        RuleFor(x => x.ChartOfAccounts).IsInEnum();
        RuleFor(x => x.Origin).Matches("^[A-Za-z0-9]{2}$").When(x => x.Origin is not null)
            .WithMessage("Herkunft is exactly two letters or digits.");
        RuleFor(x => x.DefaultDebtorAccount).InclusiveBetween(1, 999_999_999L).When(x => x.DefaultDebtorAccount.HasValue)
            .WithMessage("Enter a debtor account number.");
        RuleFor(x => x.RevenueAccount19).InclusiveBetween(1, 99_999_999L).When(x => x.RevenueAccount19.HasValue).WithMessage(AccountMessage);
        RuleFor(x => x.RevenueAccountSmallBusiness).InclusiveBetween(1, 99_999_999L).When(x => x.RevenueAccountSmallBusiness.HasValue).WithMessage(AccountMessage);
        RuleFor(x => x.WithdrawalAccount).InclusiveBetween(1, 99_999_999L).When(x => x.WithdrawalAccount.HasValue).WithMessage(AccountMessage);
        RuleFor(x => x.WithdrawalRevenueAccount).InclusiveBetween(1, 99_999_999L).When(x => x.WithdrawalRevenueAccount.HasValue).WithMessage(AccountMessage);
    }
}
