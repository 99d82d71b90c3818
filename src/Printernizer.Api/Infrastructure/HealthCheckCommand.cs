using System.Globalization;

namespace Printernizer.Api.Infrastructure;

/// <summary>
/// <c>Printernizer.Api --healthcheck</c>: asks the running instance for <c>GET /api/v1/health</c> on loopback and exits
/// 0 (healthy) or 1, for container HEALTHCHECKs in images without curl. The port comes from <c>--urls</c>,
/// <c>ASPNETCORE_URLS</c> or the default 5080.
/// </summary>
public static class HealthCheckCommand
{
    public const string Switch = "--healthcheck";

    public static bool IsRequested(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        var url = HealthUrl(args);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            using var response = await http.GetAsync(url);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{url}: {(int)response.StatusCode}"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{url}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The loopback health URL for the first http(s) address the server listens on.</summary>
    public static Uri HealthUrl(string[] args)
    {
        string? urls = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--urls" && i + 1 < args.Length)
            {
                urls = args[i + 1];
            }
            else if (args[i].StartsWith("--urls=", StringComparison.Ordinal))
            {
                urls = args[i]["--urls=".Length..];
            }
        }

        urls ??= Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? Environment.GetEnvironmentVariable("URLS") ?? PrinternizerHost.DefaultUrl;
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? PrinternizerHost.DefaultUrl;
        // Wildcard hosts (0.0.0.0, [::], +, *) are not valid URI hosts: replace them before parsing.
        var schemeEnd = first.IndexOf("://", StringComparison.Ordinal);
        var scheme = schemeEnd > 0 ? first[..schemeEnd] : "http";
        var rest = schemeEnd > 0 ? first[(schemeEnd + 3)..] : first;
        var portStart = rest.LastIndexOf(':');
        var port = portStart >= 0 && int.TryParse(rest[(portStart + 1)..].TrimEnd('/'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : scheme == "https" ? 443 : 80;
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"{scheme}://127.0.0.1:{port}/api/v1/health"));
    }
}
