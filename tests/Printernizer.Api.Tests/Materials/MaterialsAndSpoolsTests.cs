using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Materials;

/// <summary>Materials and spools CRUD, filters, slot loading, validation and 404s through the real host.</summary>
public sealed class MaterialsAndSpoolsTests
{
    [Test]
    public async Task Materials_WhenCreatedAndUpdated_AreListedWithStockAndFilteredByTypeAndBrand()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var created = await client.PostAsJsonAsync("/api/v1/materials", new { type = "PLA", brand = "Bambu Lab", colorName = "Jade White", colorHex = "#f5f5f0", pricePerKg = 24.99m, densityGcm3 = 1.24m, lowStockGrams = 300m });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var pla = await created.Content.ReadFromJsonAsync<JsonElement>();
        var plaId = pla.GetProperty("id").GetString()!;
        created.Headers.Location!.ToString().Should().EndWith("/api/v1/materials/" + plaId);
        pla.GetProperty("colorHex").GetString().Should().Be("#F5F5F0");
        pla.GetProperty("pricePerKg").GetDecimal().Should().Be(24.99m);
        pla.GetProperty("currency").GetString().Should().Be("EUR");
        var petgId = await ProductionKit.AddMaterialAsync(client, "PETG");
        await ProductionKit.AddSpoolAsync(client, plaId, 1000m);
        await ProductionKit.AddSpoolAsync(client, plaId, 250.5m);

        var plaOnly = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/materials?type=pla");
        var byBrand = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/materials?brand=Prusament");
        var updated = await client.PutAsJsonAsync($"/api/v1/materials/{plaId}", new { type = "PLA", brand = "Bambu Lab", colorHex = "#F5F5F0", pricePerKg = 22.5m, densityGcm3 = 1.24m, lowStockGrams = 2000m });

        plaOnly.Should().NotBeNull();
        plaOnly!.Should().ContainSingle().Which.GetProperty("stockGrams").GetDecimal().Should().Be(1250.5m);
        plaOnly![0].GetProperty("spoolCount").GetInt32().Should().Be(2);
        byBrand.Should().NotBeNull();
        byBrand!.Should().ContainSingle().Which.GetProperty("id").GetString().Should().Be(petgId);
        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lowStock").GetBoolean().Should().BeTrue("1250.5 g is below the new 2000 g threshold");
        var low = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/materials/low-stock");
        low!.Select(m => m.GetProperty("id").GetString()).Should().Equal(plaId);
        (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/materials?lowStock=false"))!.Select(m => m.GetProperty("id").GetString()).Should().Equal(petgId);
    }

    [Test]
    public async Task Materials_WhenDeleted_OnlyWithoutSpools()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var used = await ProductionKit.AddMaterialAsync(client);
        var unused = await ProductionKit.AddMaterialAsync(client, "ASA");
        await ProductionKit.AddSpoolAsync(client, used);

        await (await client.DeleteAsync($"/api/v1/materials/{used}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.DeleteAsync($"/api/v1/materials/{unused}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await client.GetAsync($"/api/v1/materials/{unused}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Spools_WhenFiltered_ByTypeBrandArchivedLowStockAndPrinter_ReturnTheMatchingOnes()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var petg = await ProductionKit.AddMaterialAsync(client, "PETG", lowStockGrams: 400m);
        var pla = await ProductionKit.AddMaterialAsync(client, "PLA", brand: "Bambu Lab");
        var full = await ProductionKit.AddSpoolAsync(client, petg, 1000m);
        var nearlyEmpty = await ProductionKit.AddSpoolAsync(client, petg, 1000m);
        (await client.PutAsJsonAsync($"/api/v1/spools/{nearlyEmpty}", new { initialGrams = 1000m, remainingGrams = 120m, lot = "L-1" })).EnsureSuccessStatusCode();
        var archived = await ProductionKit.AddSpoolAsync(client, pla, 1000m);
        (await client.PutAsJsonAsync($"/api/v1/spools/{archived}", new { initialGrams = 1000m, archived = true })).EnsureSuccessStatusCode();
        var printer = await ProductionKit.AddPrinterAsync(client, "Core One");
        await ProductionKit.LoadAsync(client, full, printer, "extruder");

        async Task<string[]> Ids(string query) =>
            (await client.GetFromJsonAsync<JsonElement>("/api/v1/spools?" + query)).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToArray();

        (await Ids("type=PETG")).Should().BeEquivalentTo([full, nearlyEmpty]);
        (await Ids("brand=bambu%20lab")).Should().BeEmpty("archived spools are hidden by default");
        (await Ids("archived=true")).Should().Equal(archived);
        (await Ids("lowStock=true")).Should().Equal(nearlyEmpty);
        (await Ids($"printerId={printer}")).Should().Equal(full);
        var loaded = await ProductionKit.SpoolAsync(client, full);
        loaded.GetProperty("slotId").GetString().Should().Be("extruder");
        loaded.GetProperty("printerId").GetString().Should().Be(printer);
        loaded.GetProperty("materialType").GetString().Should().Be("PETG");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/spools?pageSize=1&archived=false");
        page.GetProperty("totalCount").GetInt32().Should().Be(2);
        page.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Test]
    public async Task LoadSpool_IntoAnOccupiedSlot_UnloadsTheSpoolThatWasThere()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var material = await ProductionKit.AddMaterialAsync(client);
        var first = await ProductionKit.AddSpoolAsync(client, material);
        var second = await ProductionKit.AddSpoolAsync(client, material);
        var printer = await ProductionKit.AddPrinterAsync(client, "A1");

        await ProductionKit.LoadAsync(client, first, printer, "ams0-tray1");
        await ProductionKit.LoadAsync(client, second, printer, "AMS0-TRAY1");

        (await ProductionKit.SpoolAsync(client, first)).GetProperty("slotId").ValueKind.Should().Be(JsonValueKind.Null);
        (await ProductionKit.SpoolAsync(client, second)).GetProperty("slotId").GetString().Should().Be("ams0-tray1");
        (await client.PostAsync($"/api/v1/spools/{second}/unload", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ProductionKit.SpoolAsync(client, second)).GetProperty("printerId").ValueKind.Should().Be(JsonValueKind.Null);
        await (await client.PostAsJsonAsync($"/api/v1/spools/{first}/load", new { printerId = Guid.NewGuid(), slotId = "extruder" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/v1/spools/{first}/load", new { printerId = printer, slotId = "tray 1/../x" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("{\"brand\":\"X\",\"pricePerKg\":20,\"densityGcm3\":1.2}", "type")]
    [TestCase("{\"type\":\"PLA\",\"brand\":\"X\",\"pricePerKg\":-1,\"densityGcm3\":1.2}", "pricePerKg")]
    [TestCase("{\"type\":\"PLA\",\"brand\":\"X\",\"pricePerKg\":20,\"densityGcm3\":0}", "densityGcm3")]
    [TestCase("{\"type\":\"PLA\",\"brand\":\"X\",\"pricePerKg\":20,\"densityGcm3\":1.2,\"colorHex\":\"red\"}", "colorHex")]
    [TestCase("{\"type\":\"PLA\",\"brand\":\"X\",\"pricePerKg\":20,\"densityGcm3\":1.2,\"lowStockGrams\":-5}", "lowStockGrams")]
    public async Task CreateMaterial_WhenInvalid_Returns400NamingTheField(string body, string field)
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var problem = await (await client.PostAsync("/api/v1/materials", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.FieldErrors(field).Should().NotBeEmpty();
    }

    [Test]
    public async Task Spools_WhenInvalidOrUnknown_Return400And404()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var material = await ProductionKit.AddMaterialAsync(client);

        (await (await client.PostAsJsonAsync("/api/v1/spools", new { materialId = Guid.NewGuid(), initialGrams = 1000 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .FieldErrors("materialId").Should().NotBeEmpty();
        (await (await client.PostAsJsonAsync("/api/v1/spools", new { materialId = material, initialGrams = 0 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .FieldErrors("initialGrams").Should().NotBeEmpty();
        await (await client.GetAsync("/api/v1/spools?pageSize=501")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync($"/api/v1/spools/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/spools/{Guid.NewGuid()}/consumptions")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync($"/api/v1/spools/{Guid.NewGuid()}", new { initialGrams = 1000 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Materials_WithReadOnlyKey_CanListButNotCreate()
    {
        using var factory = new PrinternizerFactory();
        using var reader = await factory.CreateApiKeyClientAsync("read");

        (await reader.GetAsync("/api/v1/materials")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await reader.PostAsJsonAsync("/api/v1/materials", new { type = "PLA", brand = "X", pricePerKg = 20, densityGcm3 = 1.2 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
