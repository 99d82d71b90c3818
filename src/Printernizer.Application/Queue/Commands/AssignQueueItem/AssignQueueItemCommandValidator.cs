using FluentValidation;

namespace Printernizer.Application.Queue.Commands.AssignQueueItem;

public sealed class AssignQueueItemCommandValidator : AbstractValidator<AssignQueueItemCommand>
{
    public AssignQueueItemCommandValidator() => RuleFor(x => x.PrinterId).NotEmpty();
}
