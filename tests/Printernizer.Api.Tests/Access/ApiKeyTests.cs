using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Access;

public sealed class ApiKeyTests
{
    [Test]
    public async Task CreateApiKey_WhenAdmin_ShowsTheKeyOnceAndStoresOnlyItsHash()
    {
        using var factory = new PrinternizerFactory();
        using var admin = await factory.CreateAdminClientAsync();

        var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "Buchhaltung", scopes = new[] { "read", "export" } });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = body.GetProperty("key").GetString()!;
        key.Should().StartWith("pzk_").And.HaveLength(47);
        var listed = await admin.GetStringAsync("/api/v1/api-keys");
        listed.Should().Contain("Buchhaltung").And.NotContain(key);
        var database = await File.ReadAllBytesAsync(Path.Combine(factory.DataFolder, "printernizer.db"));
        System.Text.Encoding.UTF8.GetString(database).Should().NotContain(key);
    }

    [Test]
    public async Task ApiKey_WithReadScope_CanReadButNotWrite()
    {
        using var factory = new PrinternizerFactory();
        using var reader = await factory.CreateApiKeyClientAsync("read");

        (await reader.GetAsync("/api/v1/printers")).StatusCode.Should().Be(HttpStatusCode.OK);
        var create = await reader.PostAsJsonAsync("/api/v1/printers", new { name = "Demo", kind = "simulated" });
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var keys = await reader.GetAsync("/api/v1/api-keys");
        await keys.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ApiKey_WithExportScopeOnly_CannotReadPrinters()
    {
        using var factory = new PrinternizerFactory();
        using var exporter = await factory.CreateApiKeyClientAsync("export");

        await (await exporter.GetAsync("/api/v1/printers")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ApiKey_WithAdminScope_CanDoEverything()
    {
        using var factory = new PrinternizerFactory();
        using var admin = await factory.CreateApiKeyClientAsync("admin");

        (await admin.PostAsJsonAsync("/api/v1/printers", new { name = "Demo", kind = "simulated" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await admin.GetAsync("/api/v1/api-keys")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ApiKey_WhenWrong_Returns401()
    {
        using var factory = new PrinternizerFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "pzk_not-a-real-key-at-all-0000000000000000000");

        await (await client.GetAsync("/api/v1/printers")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task RevokeApiKey_WhenRevoked_KeyStopsWorking()
    {
        using var factory = new PrinternizerFactory();
        using var admin = await factory.CreateAdminClientAsync();
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "script", scopes = new[] { "read" } })).Content.ReadFromJsonAsync<JsonElement>();
        using var script = factory.CreateClient();
        script.DefaultRequestHeaders.Add("X-Api-Key", created.GetProperty("key").GetString());
        (await script.GetAsync("/api/v1/printers")).StatusCode.Should().Be(HttpStatusCode.OK);

        var revoke = await admin.DeleteAsync($"/api/v1/api-keys/{created.GetProperty("id").GetString()}");

        revoke.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await script.GetAsync("/api/v1/printers")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await (await admin.DeleteAsync($"/api/v1/api-keys/{created.GetProperty("id").GetString()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task CreateApiKey_WithoutScopesOrUnknownScope_Returns400()
    {
        using var factory = new PrinternizerFactory();
        using var admin = await factory.CreateAdminClientAsync();

        var empty = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", scopes = Array.Empty<string>() });
        var unknown = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "root" } });

        (await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("scopes").Should().NotBeEmpty();
        await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/api-keys")).GetArrayLength().Should().Be(0);
    }
}
