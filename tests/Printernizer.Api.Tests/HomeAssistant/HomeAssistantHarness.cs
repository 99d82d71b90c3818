using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.HomeAssistant;

/// <summary>A Printernizer host with Home Assistant enabled, its admin client and a probe on the broker.</summary>
public sealed class HomeAssistantHarness(PrinternizerFactory factory, HttpClient client, MqttProbe probe, string prefix, string baseTopic) : IAsyncDisposable
{
    public PrinternizerFactory Factory { get; } = factory;

    public HttpClient Client { get; } = client;

    public MqttProbe Probe { get; } = probe;

    public string Prefix { get; } = prefix;

    public string BaseTopic { get; } = baseTopic;

    /// <summary>Simulated printers that start a (very long) print almost at once.</summary>
    public static Dictionary<string, string?> FastSimulation() => new()
    {
        ["Printernizer:Simulation:Speed"] = "200",
        ["Printernizer:Simulation:TickInterval"] = "00:00:00.05",
        ["Printernizer:Simulation:MinPrint"] = "10:00:00",
        ["Printernizer:Simulation:MaxPrint"] = "10:00:00",
        ["Printernizer:Simulation:MinIdle"] = "00:00:10",
        ["Printernizer:Simulation:MaxIdle"] = "00:00:20",
        ["Printernizer:Simulation:Heating"] = "00:00:20",
        ["Printernizer:Simulation:PauseProbability"] = "0",
        ["Printernizer:Simulation:FailureProbability"] = "0",
        ["Printernizer:Simulation:CancelProbability"] = "0",
        ["Printernizer:Simulation:Seed"] = "7",
    };

    public async Task<Guid> AddPrinterAsync(string name = "Sim A1")
    {
        var response = await Client.PostAsJsonAsync("/api/v1/printers", new { name, kind = "simulated" });
        response.EnsureSuccessStatusCode();
        return Guid.Parse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
