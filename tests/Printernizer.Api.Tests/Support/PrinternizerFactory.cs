using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Printernizer.Api.Tests.Support;

/// <summary>
/// The real Api in-process on a temporary data folder (a real SQLite file, real Data Protection key ring).
/// Captures every log line so tests can check that no secret is ever logged.
/// </summary>
public sealed class PrinternizerFactory : WebApplicationFactory<Program>
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "correct horse battery";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    public PrinternizerFactory(string? dataFolder = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "printernizer-api-" + Guid.NewGuid().ToString("N"));
        OwnsDataFolder = dataFolder is null;
        _settings = new Dictionary<string, string?>
        {
            ["Printernizer:DataFolder"] = DataFolder,
            ["Printernizer:PasswordIterations"] = "1000", // the production default (600 000) makes the suite slow
            ["Printernizer:LoginPermitsPerMinute"] = "1000",
            ["Printernizer:HeartbeatSeconds"] = "1",
            ["Printernizer:SpaRoot"] = Path.Combine(DataFolder, "no-spa"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _configureServices = configureServices;
    }

    public string DataFolder { get; }

    public bool OwnsDataFolder { get; set; }

    public ConcurrentQueue<string> LogLines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(LogLines)));
        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }
    }

    /// <summary>A client with the admin's session cookie (runs the first-run setup when needed).</summary>
    public async Task<HttpClient> CreateAdminClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var status = await client.GetFromJsonAsync<SetupStatus>("/api/v1/auth/status");
        var response = status!.SetupRequired
            ? await client.PostAsJsonAsync("/api/v1/auth/setup", new { username = AdminUser, password = AdminPassword })
            : await client.PostAsJsonAsync("/api/v1/auth/login", new { username = AdminUser, password = AdminPassword });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Creates an API key with the scopes and returns a client sending it (no cookies).</summary>
    public async Task<HttpClient> CreateApiKeyClientAsync(params string[] scopes)
    {
        using var admin = await CreateAdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "test " + string.Join('+', scopes), scopes });
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<CreatedKey>())!.Key;
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && OwnsDataFolder)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private sealed record SetupStatus(bool SetupRequired);

    private sealed record CreatedKey(string Key);

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
