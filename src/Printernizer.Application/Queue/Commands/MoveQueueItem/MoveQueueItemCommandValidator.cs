using FluentValidation;

namespace Printernizer.Application.Queue.Commands.MoveQueueItem;

public sealed class MoveQueueItemCommandValidator : AbstractValidator<MoveQueueItemCommand>
{
    public MoveQueueItemCommandValidator() => RuleFor(x => x.Position).GreaterThanOrEqualTo(1).WithMessage("Position starts at 1.");
}
