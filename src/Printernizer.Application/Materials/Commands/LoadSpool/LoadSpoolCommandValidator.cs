using FluentValidation;

namespace Printernizer.Application.Materials.Commands.LoadSpool;

public sealed class LoadSpoolCommandValidator : AbstractValidator<LoadSpoolCommand>
{
    public LoadSpoolCommandValidator()
    {
        RuleFor(x => x.PrinterId).NotEmpty();
        RuleFor(x => x.SlotId).NotEmpty().MaximumLength(40).Matches("^[A-Za-z0-9_.-]+$")
            .WithMessage("Slot ids are letters, digits, '-', '_' or '.', e.g. ams0-tray2, external, extruder.");
    }
}
