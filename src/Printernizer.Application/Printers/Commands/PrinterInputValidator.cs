using FluentValidation;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Commands;

/// <summary>Field rules shared by create and update; kind-specific required fields.</summary>
public abstract class PrinterInputValidator<T> : AbstractValidator<T>
    where T : PrinterInput
{
    protected PrinterInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Give the printer a name.")
            .MaximumLength(100)
            .Must(n => n is null || !n.Any(char.IsControl)).WithMessage("The name must not contain control characters.");
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose the kind of printer: bambu, prusa or simulated.")
            .IsInEnum();

        RuleFor(x => x.Host).NotEmpty().When(x => x.Kind is PrinterKind.Bambu or PrinterKind.Prusa)
            .WithMessage("Enter the printer's host name or IP address.");
        RuleFor(x => x.Host).MaximumLength(253)
            .Must(BeAHostName).When(x => !string.IsNullOrWhiteSpace(x.Host))
            .WithMessage("Enter a host name or IP address without scheme, port or path (e.g. 192.168.178.40).");

        RuleFor(x => x.Serial).NotEmpty().When(x => x.Kind == PrinterKind.Bambu)
            .WithMessage("Enter the printer's serial number (Settings → Device on the printer).");
        RuleFor(x => x.Serial).Matches("^[A-Za-z0-9]{6,32}$").When(x => !string.IsNullOrWhiteSpace(x.Serial))
            .WithMessage("A serial number has 6 to 32 letters and digits.");

        RuleFor(x => x.AccessCode).MaximumLength(64)
            .Must(c => c is null || !c.Any(char.IsControl)).WithMessage("The access code must not contain control characters.");
        RuleFor(x => x.ApiKey).MaximumLength(128)
            .Must(c => c is null || !c.Any(char.IsControl)).WithMessage("The API key must not contain control characters.");

        RuleFor(x => x.MqttPort).InclusiveBetween(1, 65535).When(x => x.MqttPort.HasValue).WithMessage("Ports are 1 to 65535.");
        RuleFor(x => x.FtpsPort).InclusiveBetween(1, 65535).When(x => x.FtpsPort.HasValue).WithMessage("Ports are 1 to 65535.");
        RuleFor(x => x.HttpPort).InclusiveBetween(1, 65535).When(x => x.HttpPort.HasValue).WithMessage("Ports are 1 to 65535.");

        RuleFor(x => x.TlsFingerprint)
            .Must(f => string.IsNullOrEmpty(f) || Printer.NormalizeFingerprint(f) is not null)
            .WithMessage("A certificate fingerprint is a SHA-256 hash: 64 hexadecimal characters (colons allowed).");

        RuleFor(x => x.PowerWatts).InclusiveBetween(0m, 10_000m).When(x => x.PowerWatts.HasValue);
        RuleFor(x => x.HourlyRate).InclusiveBetween(0m, 10_000m).When(x => x.HourlyRate.HasValue);
        RuleFor(x => x.DefaultCategory).IsInEnum().When(x => x.DefaultCategory.HasValue)
            .WithMessage("The default category is unassigned, business or private.");
    }

    private static bool BeAHostName(string? host)
    {
        if (host is null)
        {
            return false;
        }

        host = host.Trim();
        if (System.Net.IPAddress.TryParse(host, out _))
        {
            return true;
        }

        return Uri.CheckHostName(host) == UriHostNameType.Dns &&
               host.Split('.').All(label => label.Length is > 0 and <= 63) &&
               !host.Contains(':', StringComparison.Ordinal) &&
               true;
    }
}
