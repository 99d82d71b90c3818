using FluentValidation;

namespace Printernizer.Application.Queue.Commands.AddQueueItems;

public sealed class AddQueueItemsCommandValidator : AbstractValidator<AddQueueItemsCommand>
{
    public AddQueueItemsCommandValidator()
    {
        RuleFor(x => x.FileId).NotEmpty();
        RuleFor(x => x.Copies).InclusiveBetween(1, 500).WithMessage("Copies is between 1 and 500.");
        RuleFor(x => x.Priority).IsInEnum();
        RuleFor(x => x.MaterialType).MaximumLength(40);
        RuleFor(x => x.ColorHex).Matches("^#?[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$").When(x => x.ColorHex is not null).WithMessage("Colour is #RRGGBB.");
    }
}
