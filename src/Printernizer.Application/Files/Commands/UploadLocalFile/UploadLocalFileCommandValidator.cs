using FluentValidation;

namespace Printernizer.Application.Files.Commands.UploadLocalFile;

public sealed class UploadLocalFileCommandValidator : AbstractValidator<UploadLocalFileCommand>
{
    public UploadLocalFileCommandValidator(FilesOptions options)
    {
        RuleFor(x => x.FileName).NotEmpty().WithName("file").WithMessage("The upload needs a file name.")
            .MaximumLength(1024).WithName("file");
        RuleFor(x => x.Length).GreaterThan(0).WithName("file").WithMessage("The uploaded file is empty.");
        RuleFor(x => x.Length).LessThanOrEqualTo(options.MaxUploadBytes).WithName("file")
            .WithMessage(FormattableString.Invariant($"The uploaded file is larger than the limit of {options.MaxUploadBytes} bytes."));
    }
}
