using FluentValidation;

namespace Printernizer.Application.Customers.Commands;

public abstract class CustomerInputValidator<T> : AbstractValidator<T>
    where T : CustomerInput
{
    protected CustomerInputValidator()
    {
        RuleFor(x => x.CustomerNumber).MaximumLength(36).Matches("^[A-Za-z0-9$&%*+/-]+$").When(x => !string.IsNullOrEmpty(x.CustomerNumber))
            .WithMessage("Use at most 36 of A–Z a–z 0–9 $ & % * + - /.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Company).MaximumLength(200);
        RuleFor(x => x.Email).MaximumLength(254).EmailAddress().When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.Phone).MaximumLength(50);
        RuleFor(x => x.VatId).MaximumLength(20).Matches("^[A-Z]{2}[0-9A-Za-z+*.]{2,13}$").When(x => !string.IsNullOrEmpty(x.VatId))
            .WithMessage("A VAT id starts with the country code, e.g. DE123456789.");
        RuleFor(x => x.Notes).MaximumLength(4000);
        RuleFor(x => x.Address!.Street).MaximumLength(200).When(x => x.Address is not null);
        RuleFor(x => x.Address!.PostalCode).MaximumLength(20).When(x => x.Address is not null);
        RuleFor(x => x.Address!.City).MaximumLength(100).When(x => x.Address is not null);
        RuleFor(x => x.Address!.Country).Matches("^[A-Z]{2}$").When(x => !string.IsNullOrEmpty(x.Address?.Country))
            .WithMessage("Use a two-letter country code, e.g. DE.");
    }
}
