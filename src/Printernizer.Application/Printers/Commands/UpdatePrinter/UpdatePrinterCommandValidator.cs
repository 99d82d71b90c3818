using FluentValidation;

namespace Printernizer.Application.Printers.Commands.UpdatePrinter;

public sealed class UpdatePrinterCommandValidator : PrinterInputValidator<UpdatePrinterCommand>
{
    public UpdatePrinterCommandValidator(IPrinterRepository printers)
    {
        RuleFor(x => x.Name)
            .MustAsync(async (command, name, ct) => !await printers.NameExistsAsync(name!.Trim(), command.Id, ct))
            .When(x => !string.IsNullOrWhiteSpace(x.Name))
            .WithMessage("Another printer already has this name.");
    }
}
