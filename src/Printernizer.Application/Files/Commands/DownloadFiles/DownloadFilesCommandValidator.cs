using FluentValidation;

namespace Printernizer.Application.Files.Commands.DownloadFiles;

public sealed class DownloadFilesCommandValidator : AbstractValidator<DownloadFilesCommand>
{
    public DownloadFilesCommandValidator()
    {
        RuleFor(x => x.FileIds).NotNull().NotEmpty().WithMessage("Give at least one file id.")
            .Must(ids => ids is null || ids.Count <= 1000).WithMessage("At most 1000 files per request.");
    }
}
