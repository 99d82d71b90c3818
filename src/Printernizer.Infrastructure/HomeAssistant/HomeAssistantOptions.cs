using System.Net.Security;

namespace Printernizer.Infrastructure.HomeAssistant;

/// <summary>Timings of the Home Assistant publisher (defaults suit production; tests shorten them).</summary>
public sealed record HomeAssistantOptions
{
    /// <summary>Topic root of Printernizer's own state, availability and command topics.</summary>
    public string BaseTopic { get; init; } = "printernizer";

    /// <summary>At most one state message per printer per interval (latest wins).</summary>
    public TimeSpan StateInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the printer list is re-read to update names, models and firmware in the discovery configs.</summary>
    public TimeSpan ResyncInterval { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan ReconnectMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>TLS certificate check; null = the platform's validation (a public or system-trusted certificate).</summary>
    public RemoteCertificateValidationCallback? CertificateValidation { get; init; }
}
