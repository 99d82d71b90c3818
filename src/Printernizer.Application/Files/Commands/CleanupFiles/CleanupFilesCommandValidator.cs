using FluentValidation;

namespace Printernizer.Application.Files.Commands.CleanupFiles;

public sealed class CleanupFilesCommandValidator : AbstractValidator<CleanupFilesCommand>
{
    public CleanupFilesCommandValidator()
    {
        RuleFor(x => x.OlderThanDays).GreaterThanOrEqualTo(0).LessThanOrEqualTo(36500);
        RuleFor(x => x.MaxTotalBytes).GreaterThanOrEqualTo(0);
        RuleFor(x => x).Must(x => x.OlderThanDays is not null || x.MaxTotalBytes is not null)
            .WithName("olderThanDays").WithMessage("Give olderThanDays, maxTotalBytes or both.");
    }
}
