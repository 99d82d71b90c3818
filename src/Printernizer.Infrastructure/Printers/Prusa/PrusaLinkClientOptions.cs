using System.Globalization;
using Printernizer.Application.Printers.Drivers;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>Where and how to reach one PrusaLink printer.</summary>
public sealed record PrusaLinkClientOptions
{
    public required Uri BaseAddress { get; init; }

    /// <summary>The password shown on the printer (Settings → Network → PrusaLink); sent as X-Api-Key or used for Digest.</summary>
    public required string ApiKey { get; init; }

    public PrusaLinkAuthMode AuthMode { get; init; } = PrusaLinkAuthMode.Auto;

    /// <summary>Timeout of one small request (status, job, info, commands), measured after the per-printer queue.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of a whole upload or download (the printer gives priority to printing, so transfers are slow).</summary>
    public TimeSpan TransferTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Buddy has 3 connection slots; Printernizer takes at most 2.</summary>
    public int MaxConnectionsPerServer { get; init; } = 2;

    /// <summary>Below Buddy's 60 s keep-alive limit.</summary>
    public TimeSpan PooledConnectionIdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest JSON answer read into memory.</summary>
    public int MaxJsonBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Largest thumbnail read into memory.</summary>
    public int MaxThumbnailBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Builds options from a printer's settings (<c>http://host:HttpPort/</c>, API key).</summary>
    public static PrusaLinkClientOptions From(PrinterConnectionSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new ArgumentException($"{settings} has no host name or address.", nameof(settings));
        }

        var host = settings.Host.Trim();
        var authority = host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
        return new PrusaLinkClientOptions
        {
            BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{authority}:{settings.HttpPort}/")),
            ApiKey = settings.ApiKey ?? string.Empty,
        };
    }
}
