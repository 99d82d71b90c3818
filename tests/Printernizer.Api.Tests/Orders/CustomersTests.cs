using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Materials;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Orders;

/// <summary>Customers with numbering, validation and the GDPR tools (export, anonymize).</summary>
public sealed class CustomersTests
{
    private static readonly object Erika = new
    {
        name = "Erika Mustermann",
        company = "Mustermann Modellbau GmbH",
        email = "erika@mustermann-modellbau.example",
        phone = "+49 30 5550123",
        address = new { street = "Hauptstraße 5", postalCode = "10115", city = "Berlin", country = "DE" },
        vatId = "DE123456789",
        notes = "Bevorzugt schwarze Teile",
    };

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers", body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Test]
    public async Task Customers_WhenCreated_GetTheNextNumber_AndTakenNumbersAreRejected()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var first = await CreateAsync(client, Erika);
        var second = await CreateAsync(client, new { name = "Max Muster" });
        var chosen = await CreateAsync(client, new { name = "Hans Beispiel", customerNumber = "VIP-1" });

        first.GetProperty("customerNumber").GetString().Should().Be("K-0001");
        second.GetProperty("customerNumber").GetString().Should().Be("K-0002");
        chosen.GetProperty("customerNumber").GetString().Should().Be("VIP-1");
        first.GetProperty("address").GetProperty("city").GetString().Should().Be("Berlin");
        await (await client.PostAsJsonAsync("/api/v1/customers", new { name = "Doppelt", customerNumber = "vip-1" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var search = await client.GetFromJsonAsync<JsonElement>("/api/v1/customers?search=modellbau");
        search.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal(first.GetProperty("id").GetString());

        var updated = await client.PutAsJsonAsync($"/api/v1/customers/{second.GetProperty("id").GetString()}", new { name = "Max Muster", email = "max@example.com" });
        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await updated.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("email").GetString().Should().Be("max@example.com");
        body.GetProperty("customerNumber").GetString().Should().Be("K-0002");
    }

    [TestCase("{\"name\":\"\"}", "name")]
    [TestCase("{\"name\":\"A\",\"email\":\"not-an-email\"}", "email")]
    [TestCase("{\"name\":\"A\",\"vatId\":\"123\"}", "vatId")]
    [TestCase("{\"name\":\"A\",\"customerNumber\":\"K 1\"}", "customerNumber")]
    [TestCase("{\"name\":\"A\",\"address\":{\"country\":\"Germany\"}}", "address.country")]
    public async Task CreateCustomer_WhenInvalid_Returns400NamingTheField(string body, string field)
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var problem = await (await client.PostAsync("/api/v1/customers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.FieldErrors(field).Should().NotBeEmpty(problem.GetRawText());
    }

    [Test]
    public async Task Export_ContainsEveryStoredFieldOfTheCustomer_ItsOrdersJobsAndAuditEntries()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var customer = await CreateAsync(client, Erika);
        var customerId = customer.GetProperty("id").GetString()!;
        var order = await (await client.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId,
            quotedNet = 120m,
            notes = "Abholung Freitag",
            lines = new[] { new { fileName = "lok.3mf", quantity = 2, materialType = "PLA", colorHex = "#FF0000" } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var orderId = order.GetProperty("id").GetString()!;
        var printer = await ProductionKit.AddPrinterAsync(client, "A1");
        var jobId = await ProductionKit.StartJobAsync(factory, client, printer, "t1", ProductionKit.BambuAms, usedGrams: null);
        (await client.PatchAsJsonAsync($"/api/v1/jobs/{jobId}", new { customerId, notes = "für Erika", reason = "Kundin zugeordnet" })).EnsureSuccessStatusCode();

        var response = await client.GetAsync($"/api/v1/customers/{customerId}/export");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        var c = export.GetProperty("customer");
        c.GetProperty("customerNumber").GetString().Should().Be("K-0001");
        c.GetProperty("name").GetString().Should().Be("Erika Mustermann");
        c.GetProperty("company").GetString().Should().Be("Mustermann Modellbau GmbH");
        c.GetProperty("email").GetString().Should().Be("erika@mustermann-modellbau.example");
        c.GetProperty("phone").GetString().Should().Be("+49 30 5550123");
        c.GetProperty("address").GetProperty("street").GetString().Should().Be("Hauptstraße 5");
        c.GetProperty("address").GetProperty("postalCode").GetString().Should().Be("10115");
        c.GetProperty("address").GetProperty("city").GetString().Should().Be("Berlin");
        c.GetProperty("address").GetProperty("country").GetString().Should().Be("DE");
        c.GetProperty("vatId").GetString().Should().Be("DE123456789");
        c.GetProperty("notes").GetString().Should().Be("Bevorzugt schwarze Teile");
        c.GetProperty("createdAt").GetString().Should().EndWith("Z");
        var exportedOrder = export.GetProperty("orders").EnumerateArray().Should().ContainSingle().Subject;
        exportedOrder.GetProperty("number").GetString().Should().Be(order.GetProperty("number").GetString());
        exportedOrder.GetProperty("notes").GetString().Should().Be("Abholung Freitag");
        exportedOrder.GetProperty("lines")[0].GetProperty("fileName").GetString().Should().Be("lok.3mf");
        export.GetProperty("jobs").EnumerateArray().Should().ContainSingle().Which.GetProperty("id").GetString().Should().Be(jobId);
        var actions = export.GetProperty("auditEntries").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        actions.Should().Contain(["customer.created", "order.created", "job.edited", "customer.exported"]);
        export.GetProperty("auditEntries").EnumerateArray().Should().Contain(e => e.GetProperty("entityId").GetString() == orderId);
    }

    [Test]
    public async Task Anonymize_RemovesPersonalData_KeepsOrderNumbersAndAmounts_AndIsAudited()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var customerId = (await CreateAsync(client, Erika)).GetProperty("id").GetString()!;
        var order = await (await client.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId,
            quotedNet = 120m,
            dueDate = "2026-12-01",
            notes = "Erika holt selbst ab",
            lines = new[] { new { fileName = "lok.3mf", quantity = 2 } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var orderId = order.GetProperty("id").GetString()!;
        var printer = await ProductionKit.AddPrinterAsync(client, "A1");
        var jobId = await ProductionKit.StartJobAsync(factory, client, printer, "t1", ProductionKit.BambuAms, usedGrams: null);
        (await client.PatchAsJsonAsync($"/api/v1/jobs/{jobId}", new { customerId, notes = "für Erika Mustermann", reason = "Kundin zugeordnet" })).EnsureSuccessStatusCode();

        var response = await client.PostAsync($"/api/v1/customers/{customerId}/anonymize", null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var anonymized = await response.Content.ReadFromJsonAsync<JsonElement>();
        anonymized.GetProperty("name").GetString().Should().Be("anonymisiert");
        anonymized.GetProperty("anonymized").GetBoolean().Should().BeTrue();
        anonymized.GetProperty("customerNumber").GetString().Should().Be("K-0001");
        foreach (var field in new[] { "company", "email", "phone", "vatId", "notes" })
        {
            anonymized.GetProperty(field).ValueKind.Should().Be(JsonValueKind.Null, field);
        }

        anonymized.GetProperty("address").EnumerateObject().Should().OnlyContain(p => p.Value.ValueKind == JsonValueKind.Null);
        var kept = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
        kept.GetProperty("number").GetString().Should().Be(order.GetProperty("number").GetString());
        kept.GetProperty("quotedNet").GetDecimal().Should().Be(120m);
        kept.GetProperty("quotedGross").GetDecimal().Should().Be(142.80m);
        kept.GetProperty("dueDate").GetString().Should().Be("2026-12-01");
        kept.GetProperty("createdAt").GetString().Should().Be(order.GetProperty("createdAt").GetString());
        kept.GetProperty("lines")[0].GetProperty("quantity").GetInt32().Should().Be(2);
        kept.GetProperty("notes").ValueKind.Should().Be(JsonValueKind.Null);
        kept.GetProperty("customerName").GetString().Should().Be("anonymisiert");
        var job = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}")).GetProperty("job");
        job.GetProperty("notes").ValueKind.Should().Be(JsonValueKind.Null);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/customers")).GetProperty("totalCount").GetInt32().Should().Be(0, "anonymized customers are hidden from lists");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/customers?includeAnonymized=true")).GetProperty("totalCount").GetInt32().Should().Be(1);

        var export = await client.GetStringAsync($"/api/v1/customers/{customerId}/export");
        foreach (var personal in new[] { "Erika", "Mustermann", "mustermann-modellbau", "5550123", "Hauptstraße", "10115", "DE123456789", "schwarze" })
        {
            export.Should().NotContain(personal, "nothing personal may remain anywhere, not even in the audit log");
        }

        export.Should().Contain("customer.anonymized");
        await (await client.PutAsJsonAsync($"/api/v1/customers/{customerId}", new { name = "Erika" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.PostAsync($"/api/v1/customers/{customerId}/anonymize", null)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Delete_OnlyForCustomersWithoutOrders_AndUnknownIds404()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var withOrder = (await CreateAsync(client, new { name = "Mit Auftrag" })).GetProperty("id").GetString()!;
        var enquiry = (await CreateAsync(client, new { name = "Nur Anfrage" })).GetProperty("id").GetString()!;
        (await client.PostAsJsonAsync("/api/v1/orders", new { customerId = withOrder, lines = new[] { new { fileName = "a.3mf" } } })).EnsureSuccessStatusCode();

        await (await client.DeleteAsync($"/api/v1/customers/{withOrder}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.DeleteAsync($"/api/v1/customers/{enquiry}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await client.GetAsync($"/api/v1/customers/{enquiry}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/customers/{Guid.NewGuid()}/export")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync($"/api/v1/customers/{Guid.NewGuid()}/anonymize", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync($"/api/v1/customers/{Guid.NewGuid()}", new { name = "X" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task GdprTools_WithReadOnlyKey_AreForbidden()
    {
        using var factory = new PrinternizerFactory();
        using var admin = await factory.CreateAdminClientAsync();
        var id = (await CreateAsync(admin, Erika)).GetProperty("id").GetString();
        using var reader = await factory.CreateApiKeyClientAsync("read");

        await (await reader.GetAsync($"/api/v1/customers/{id}/export")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await reader.PostAsync($"/api/v1/customers/{id}/anonymize", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
