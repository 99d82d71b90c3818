using FluentValidation;

namespace Printernizer.Application.Files.Commands.DeleteFile;

public sealed class DeleteFileCommandValidator : AbstractValidator<DeleteFileCommand>
{
    public DeleteFileCommandValidator()
    {
        RuleFor(x => x.Scope).IsInEnum();
    }
}
