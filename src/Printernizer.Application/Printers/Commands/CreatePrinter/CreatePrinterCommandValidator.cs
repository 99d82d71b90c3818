using FluentValidation;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Commands.CreatePrinter;

public sealed class CreatePrinterCommandValidator : PrinterInputValidator<CreatePrinterCommand>
{
    public CreatePrinterCommandValidator(IPrinterRepository printers)
    {
        RuleFor(x => x.AccessCode).NotEmpty().When(x => x.Kind == PrinterKind.Bambu)
            .WithMessage("Enter the printer's LAN access code (Settings → LAN Only Mode on the printer).");
        RuleFor(x => x.ApiKey).NotEmpty().When(x => x.Kind == PrinterKind.Prusa)
            .WithMessage("Enter the PrusaLink API key: the password shown on the printer under Settings → Network → PrusaLink.");
        RuleFor(x => x.Name)
            .MustAsync(async (name, ct) => !await printers.NameExistsAsync(name!.Trim(), null, ct))
            .When(x => !string.IsNullOrWhiteSpace(x.Name))
            .WithMessage("Another printer already has this name.");
    }
}
