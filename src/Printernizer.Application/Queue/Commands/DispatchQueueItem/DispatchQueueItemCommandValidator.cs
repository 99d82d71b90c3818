using FluentValidation;

namespace Printernizer.Application.Queue.Commands.DispatchQueueItem;

public sealed class DispatchQueueItemCommandValidator : AbstractValidator<DispatchQueueItemCommand>
{
    public DispatchQueueItemCommandValidator()
    {
        RuleFor(c => c.Reason).MaximumLength(500).WithName("Reason");
    }
}
