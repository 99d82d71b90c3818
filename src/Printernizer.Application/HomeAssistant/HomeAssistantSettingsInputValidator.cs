using FluentValidation;

namespace Printernizer.Application.HomeAssistant;

/// <summary>Rules shared by saving and testing the Home Assistant settings.</summary>
public static class HomeAssistantSettingsInputValidator
{
    public static void AddRules<T>(AbstractValidator<T> validator, bool hostAlwaysRequired)
        where T : HomeAssistantSettingsInput
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => x.Host)
            .NotEmpty().When(x => hostAlwaysRequired || x.Enabled).WithMessage("Enter the MQTT broker's host name or IP address.");
        validator.RuleFor(x => x.Host)
            .MaximumLength(253).WithMessage("The host name is too long.")
            .Must(BeAHostName).WithMessage("Enter a host name or IP address without scheme, port or spaces (e.g. core-mosquitto or 192.168.1.10).")
            .When(x => !string.IsNullOrWhiteSpace(x.Host));
        validator.RuleFor(x => x.Port)
            .InclusiveBetween(1, 65535).When(x => x.Port is not null).WithMessage("The port must be between 1 and 65535.");
        validator.RuleFor(x => x.Username).MaximumLength(200);
        validator.RuleFor(x => x.Password).MaximumLength(500);
        validator.RuleFor(x => x.DiscoveryPrefix)
            .MaximumLength(100)
            .Must(BeATopicPrefix).When(x => !string.IsNullOrWhiteSpace(x.DiscoveryPrefix))
            .WithMessage("The discovery prefix may contain letters, digits, '_', '-' and '/' (not at the start or end), e.g. homeassistant.");
    }

    private static bool BeAHostName(string? host)
    {
        var value = host!.Trim();
        if (value.StartsWith('[') && value.EndsWith(']'))
        {
            value = value[1..^1];
        }

        return System.Net.IPAddress.TryParse(value, out _) || value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');
    }

    private static bool BeATopicPrefix(string? prefix)
    {
        var value = prefix!.Trim();
        return !value.StartsWith('/') && !value.EndsWith('/') && !value.Contains("//", StringComparison.Ordinal) &&
            value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '/');
    }
}
