using FluentValidation;

namespace Printernizer.Application.Files.Commands.UploadLocalFile;

public sealed class UploadLocalFileCommandValidator : AbstractValidator<UploadLocalFileCommand>
{
    public UploadLocalFileCommandValidator(FilesOptions options)
    {
        RuleFor(x => x.FileName).NotEmpty().OverridePropertyName("file").WithMessage("The upload needs a file name.")
            .MaximumLength(1024).OverridePropertyName("file");
        RuleFor(x => x.Length).GreaterThan(0).OverridePropertyName("file").WithMessage("The uploaded file is empty.");
        RuleFor(x => x.Length).LessThanOrEqualTo(options.MaxUploadBytes).OverridePropertyName("file")
            .WithMessage(FormattableString.Invariant($"The uploaded file is larger than the limit of {options.MaxUploadBytes} bytes."));
    }
}
