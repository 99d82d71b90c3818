using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Printers;

public sealed class PrintersTests
{
    private const string AccessCode = "AC-93751468";
    private const string PrusaKey = "PK-kq83hF2x";

    private static object Bambu(string name = "A1 Werkstatt") => new
    {
        name,
        kind = "bambu",
        host = "127.0.0.1",
        serial = "03919C441200123",
        accessCode = AccessCode,
        powerWatts = 95,
        hourlyRate = 0.55m,
    };

    [Test]
    public async Task CreatePrinter_WhenValid_Returns201WithEveryFieldAndNoSecret()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var response = await client.PostAsJsonAsync("/api/v1/printers", Bambu());

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Contain("/api/v1/printers/");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain(AccessCode);
        var printer = JsonDocument.Parse(body).RootElement;
        printer.GetProperty("kind").GetString().Should().Be("bambu");
        printer.GetProperty("serial").GetString().Should().Be("03919C441200123");
        printer.GetProperty("mqttPort").GetInt32().Should().Be(8883);
        printer.GetProperty("ftpsPort").GetInt32().Should().Be(990);
        printer.GetProperty("httpPort").GetInt32().Should().Be(80);
        printer.GetProperty("hasAccessCode").GetBoolean().Should().BeTrue();
        printer.GetProperty("hasApiKey").GetBoolean().Should().BeFalse();
        printer.GetProperty("powerWatts").GetDecimal().Should().Be(95m);
        printer.GetProperty("hourlyRate").GetDecimal().Should().Be(0.55m);
        printer.GetProperty("isActive").GetBoolean().Should().BeTrue();
        printer.GetProperty("createdAt").GetString().Should().EndWith("Z");
        printer.TryGetProperty("accessCode", out _).Should().BeFalse();
    }

    [TestCase("bambu", "serial")]
    [TestCase("bambu", "accessCode")]
    [TestCase("bambu", "host")]
    [TestCase("prusa", "apiKey")]
    [TestCase("prusa", "host")]
    public async Task CreatePrinter_WhenKindSpecificFieldMissing_Returns400ForThatFieldAndStoresNothing(string kind, string field)
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var response = await client.PostAsJsonAsync("/api/v1/printers", new { name = "Incomplete", kind });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors(field).Should().NotBeEmpty();
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/printers")).GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task CreatePrinter_WhenNameTaken_Returns400OnName()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        (await client.PostAsJsonAsync("/api/v1/printers", Bambu())).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync("/api/v1/printers", Bambu("a1 werkstatt"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("name").Should().Contain("Another printer already has this name.");
    }

    [TestCase(0)]
    [TestCase(65536)]
    public async Task CreatePrinter_WhenPortOutOfRange_Returns400OnPort(int port)
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var response = await client.PostAsJsonAsync("/api/v1/printers", new { name = "P", kind = "prusa", host = "127.0.0.1", apiKey = PrusaKey, httpPort = port });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("httpPort").Should().NotBeEmpty();
    }

    [TestCase("http://192.168.1.5")]
    [TestCase("printer.local:80")]
    [TestCase("a b")]
    public async Task CreatePrinter_WhenHostIsNotAHostName_Returns400OnHost(string host)
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var response = await client.PostAsJsonAsync("/api/v1/printers", new { name = "P", kind = "prusa", host, apiKey = PrusaKey });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("host").Should().NotBeEmpty();
    }

    [TestCase("{\"name\": \"A1\", kind:")]
    [TestCase("[1,2,3]")]
    [TestCase("{\"name\": \"A1\", \"kind\": \"toaster\"}")]
    [TestCase("{\"name\": \"A1\", \"kind\": \"prusa\", \"httpPort\": \"eighty\"}")]
    [TestCase("")]
    public async Task CreatePrinter_WhenBodyMalformed_Returns400Problem(string body)
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var response = await client.PostAsync("/api/v1/printers", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Should().NotBeEmpty();
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/printers")).GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task GetPrinter_WhenUnknown_Returns404Problem()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        await (await client.GetAsync($"/api/v1/printers/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync($"/api/v1/printers/{Guid.NewGuid()}", Bambu())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"/api/v1/printers/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task UpdatePrinter_WhenSecretLeftOut_KeepsTheStoredSecret()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var created = await (await client.PostAsJsonAsync("/api/v1/printers", Bambu())).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        var response = await client.PutAsJsonAsync($"/api/v1/printers/{id}", new
        {
            name = "A1 Laden", kind = "bambu", host = "127.0.0.1", serial = "03919C441200123", mqttPort = 18883, isActive = false,
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var printer = await client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{id}");
        printer.GetProperty("name").GetString().Should().Be("A1 Laden");
        printer.GetProperty("mqttPort").GetInt32().Should().Be(18883);
        printer.GetProperty("isActive").GetBoolean().Should().BeFalse();
        printer.GetProperty("hasAccessCode").GetBoolean().Should().BeTrue();
    }

    [Test]
    public async Task UpdatePrinter_WhenKindNeedsASecretThatIsMissing_Returns400()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var created = await (await client.PostAsJsonAsync("/api/v1/printers", new { name = "Sim", kind = "simulated" })).Content.ReadFromJsonAsync<JsonElement>();

        var response = await client.PutAsJsonAsync($"/api/v1/printers/{created.GetProperty("id").GetString()}", new { name = "Sim", kind = "prusa", host = "127.0.0.1", httpPort = 9 });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("apiKey").Should().NotBeEmpty();
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{created.GetProperty("id").GetString()}")).GetProperty("kind").GetString().Should().Be("simulated");
    }

    [Test]
    public async Task DeletePrinter_WhenExists_Returns204AndItIsGone()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var created = await (await client.PostAsJsonAsync("/api/v1/printers", Bambu())).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        (await client.DeleteAsync($"/api/v1/printers/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await client.GetAsync($"/api/v1/printers/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Secrets_AfterCreateAndUpdate_NeverAppearInResponsesLogsOrDatabase()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var bambu = await (await client.PostAsJsonAsync("/api/v1/printers", Bambu())).Content.ReadAsStringAsync();
        var prusa = await (await client.PostAsJsonAsync("/api/v1/printers", new { name = "Core One", kind = "prusa", host = "127.0.0.1", httpPort = 9, apiKey = PrusaKey })).Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(bambu).RootElement.GetProperty("id").GetString();
        var updated = await (await client.PutAsJsonAsync($"/api/v1/printers/{id}", Bambu())).Content.ReadAsStringAsync();
        var list = await client.GetStringAsync("/api/v1/printers");

        foreach (var text in new[] { bambu, prusa, updated, list, string.Join('\n', factory.LogLines) })
        {
            text.Should().NotContain(AccessCode).And.NotContain(PrusaKey);
        }

        var database = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(factory.DataFolder, "printernizer.db")));
        var wal = Path.Combine(factory.DataFolder, "printernizer.db-wal");
        var walText = File.Exists(wal) ? Encoding.UTF8.GetString(await File.ReadAllBytesAsync(wal)) : string.Empty;
        (database + walText).Should().NotContain(AccessCode).And.NotContain(PrusaKey);
        list.Should().Contain("\"hasApiKey\":true");
    }
}
