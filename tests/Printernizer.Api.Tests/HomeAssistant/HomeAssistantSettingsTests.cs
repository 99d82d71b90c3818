using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Infrastructure.HomeAssistant;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Api.Tests.HomeAssistant;

/// <summary>GET/PUT /api/v1/settings/homeassistant and the connection test against a real mosquitto (plain and TLS, with a password file).</summary>
[NonParallelizable]
public sealed class HomeAssistantSettingsTests
{
    private const string User = "homeassistant";
    private const string Password = "broker-secret-4711";

    private TestCertificateAuthority _ca = null!;
    private ServerCertificate _certificate = null!;
    private MosquittoServer _broker = null!;
    private MosquittoServer _tlsBroker = null!;

    [OneTimeSetUp]
    public void StartBrokers()
    {
        _ca = new TestCertificateAuthority();
        _certificate = _ca.Issue("mqtt.test");
        var users = new Dictionary<string, string> { [User] = Password };
        _broker = MosquittoServer.Start(new MosquittoServerOptions { Users = users });
        _tlsBroker = MosquittoServer.Start(new MosquittoServerOptions { Users = users, TlsCertificate = _certificate });
    }

    [OneTimeTearDown]
    public void StopBrokers()
    {
        _broker.Dispose();
        _tlsBroker.Dispose();
        _certificate.Dispose();
        _ca.Dispose();
    }

    [Test]
    public async Task Get_WhenNothingIsStored_ReturnsDisabledDefaults()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var settings = await client.GetFromJsonAsync<JsonElement>("/api/v1/settings/homeassistant");

        settings.GetProperty("enabled").GetBoolean().Should().BeFalse();
        settings.GetProperty("port").GetInt32().Should().Be(1883);
        settings.GetProperty("discoveryPrefix").GetString().Should().Be("homeassistant");
        settings.GetProperty("hasPassword").GetBoolean().Should().BeFalse();
        settings.GetProperty("allowControl").GetBoolean().Should().BeFalse();
        settings.GetProperty("connected").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task Put_WithAPassword_StoresItEncryptedNeverReturnsItAndKeepsItWhenLeftOut()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var saved = await client.PutAsJsonAsync("/api/v1/settings/homeassistant", new { enabled = true, host = "127.0.0.1", port = _broker.Port, username = User, password = Password });
        var body = await saved.Content.ReadAsStringAsync();
        saved.StatusCode.Should().Be(HttpStatusCode.OK, body);
        body.Should().NotContain(Password);
        JsonDocument.Parse(body).RootElement.GetProperty("hasPassword").GetBoolean().Should().BeTrue();
        StoredJson(factory).Should().NotContain(Password, "the password is encrypted at rest");

        // Saving again without a password keeps it: the publisher still gets in.
        (await client.PutAsJsonAsync("/api/v1/settings/homeassistant", new { enabled = true, host = "127.0.0.1", port = _broker.Port, username = User, discoveryPrefix = "ha-keep" })).EnsureSuccessStatusCode();
        var settings = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>("/api/v1/settings/homeassistant"),
            s => s.GetProperty("connected").GetBoolean(),
            "connected with the kept password");
        settings.GetProperty("hasPassword").GetBoolean().Should().BeTrue();
        settings.GetProperty("discoveryPrefix").GetString().Should().Be("ha-keep");
        factory.LogLines.Should().NotContain(l => l.Contains(Password, StringComparison.Ordinal));

        // An empty string removes it.
        (await client.PutAsJsonAsync("/api/v1/settings/homeassistant", new { enabled = false, host = "127.0.0.1", port = _broker.Port, password = string.Empty })).EnsureSuccessStatusCode();
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/settings/homeassistant")).GetProperty("hasPassword").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task Put_WithInvalidValues_Returns400WithFieldErrors()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var response = await client.PutAsJsonAsync("/api/v1/settings/homeassistant", new { enabled = true, host = "", port = 70000, discoveryPrefix = "home/#" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors("host").Should().ContainSingle().Which.Should().Contain("host name");
        problem.FieldErrors("port").Should().ContainSingle().Which.Should().Contain("65535");
        problem.FieldErrors("discoveryPrefix").Should().ContainSingle();
        var url = await client.PutAsJsonAsync("/api/v1/settings/homeassistant", new { enabled = true, host = "mqtt://broker:1883" });
        (await url.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("host").Should().ContainSingle();
    }

    [Test]
    public async Task Settings_WithAnApiKeyWithoutAdminScope_AreForbidden()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateApiKeyClientAsync("read");

        (await client.GetAsync("/api/v1/settings/homeassistant")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Test_WithTheRightOrWrongCredentialsOrNoBroker_SaysWhatHappened()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var ok = await TestAsync(client, new { host = "127.0.0.1", port = _broker.Port, username = User, password = Password });
        ok.GetProperty("ok").GetBoolean().Should().BeTrue();
        ok.GetProperty("message").GetString().Should().Contain("Connected");

        var wrong = await TestAsync(client, new { host = "127.0.0.1", port = _broker.Port, username = User, password = "wrong" });
        wrong.GetProperty("ok").GetBoolean().Should().BeFalse();
        wrong.GetProperty("message").GetString().Should().MatchRegex("user name or password|not authorized");

        var refused = await TestAsync(client, new { host = "127.0.0.1", port = FreeTcpPort.Next() });
        refused.GetProperty("ok").GetBoolean().Should().BeFalse();
        refused.GetProperty("message").GetString().Should().Contain("refused");

        var missing = await client.PostAsJsonAsync("/api/v1/settings/homeassistant/test", new { port = 1883 });
        (await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("host").Should().ContainSingle();
    }

    [Test]
    public async Task Test_WithoutAPassword_UsesTheStoredOne()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        (await client.PutAsJsonAsync("/api/v1/settings/homeassistant", new { enabled = false, host = "127.0.0.1", port = _broker.Port, username = User, password = Password })).EnsureSuccessStatusCode();

        var result = await TestAsync(client, new { host = "127.0.0.1", port = _broker.Port, username = User });

        result.GetProperty("ok").GetBoolean().Should().BeTrue(result.ToString());
    }

    [Test]
    public async Task Publisher_WithTls_ConnectsToATlsBroker()
    {
        var caThumbprint = _ca.Certificate.Thumbprint;
        using var factory = new PrinternizerFactory(configureServices: services => services.AddSingleton(new HomeAssistantOptions
        {
            BaseTopic = "printernizer-tls",
            ReconnectMinDelay = TimeSpan.FromMilliseconds(200),
            CertificateValidation = (_, certificate, chain, _) => certificate is not null && chain is not null &&
                chain.ChainElements.Any(e => e.Certificate.Thumbprint == caThumbprint) || certificate?.Subject == "CN=mqtt.test",
        }));
        using var client = await factory.CreateAdminClientAsync();

        var test = await TestAsync(client, new { host = "127.0.0.1", port = _tlsBroker.Port, useTls = true, username = User, password = Password });
        test.GetProperty("ok").GetBoolean().Should().BeTrue(test.ToString());
        test.GetProperty("message").GetString().Should().Contain("TLS");
        var plainToTls = await TestAsync(client, new { host = "127.0.0.1", port = _tlsBroker.Port, useTls = false, username = User, password = Password });
        plainToTls.GetProperty("ok").GetBoolean().Should().BeFalse();

        (await client.PutAsJsonAsync("/api/v1/settings/homeassistant", new { enabled = true, host = "127.0.0.1", port = _tlsBroker.Port, useTls = true, username = User, password = Password })).EnsureSuccessStatusCode();
        await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>("/api/v1/settings/homeassistant"),
            s => s.GetProperty("connected").GetBoolean(),
            "connected over TLS");
    }

    [Test]
    public async Task Publisher_WhenTheBrokerIsDown_ReportsTheErrorAndConnectsOnceItIsUp()
    {
        var port = FreeTcpPort.Next();
        using var factory = new PrinternizerFactory(configureServices: services => services.AddSingleton(new HomeAssistantOptions
        {
            BaseTopic = "printernizer-late",
            ReconnectMinDelay = TimeSpan.FromMilliseconds(200),
            ReconnectMaxDelay = TimeSpan.FromSeconds(1),
        }));
        using var client = await factory.CreateAdminClientAsync();
        (await client.PutAsJsonAsync("/api/v1/settings/homeassistant", new { enabled = true, host = "127.0.0.1", port })).EnsureSuccessStatusCode();
        var down = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>("/api/v1/settings/homeassistant"),
            s => s.GetProperty("lastError").ValueKind == JsonValueKind.String,
            "the connection error");
        down.GetProperty("lastError").GetString().Should().Contain("refused");

        using var broker = MosquittoServer.Start(new MosquittoServerOptions { AllowAnonymous = true, Port = port });

        await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>("/api/v1/settings/homeassistant"),
            s => s.GetProperty("connected").GetBoolean(),
            "connected after the broker came up");
    }

    private static async Task<JsonElement> TestAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/settings/homeassistant/test", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string StoredJson(PrinternizerFactory factory)
    {
        using var connection = new SqliteConnection($"Data Source={new DataFolder(factory.DataFolder).DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value_json FROM settings WHERE key = 'homeassistant'";
        return (string)command.ExecuteScalar()!;
    }
}
