using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Common;

public sealed class PersistenceAcrossRestartsTests
{
    [Test]
    public async Task Restart_WhenSameDataFolder_KeepsPrintersSecretsAndKeys()
    {
        string key;
        string folder;
        using (var first = new PrinternizerFactory())
        {
            first.OwnsDataFolder = false;
            folder = first.DataFolder;
            using var admin = await first.CreateAdminClientAsync();
            (await admin.PostAsJsonAsync("/api/v1/printers", new { name = "Core One", kind = "prusa", host = "127.0.0.1", httpPort = 9, apiKey = "secret-key" })).EnsureSuccessStatusCode();
            var created = await (await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "script", scopes = new[] { "read" } })).Content.ReadFromJsonAsync<JsonElement>();
            key = created.GetProperty("key").GetString()!;
        }

        using var second = new PrinternizerFactory(folder) { OwnsDataFolder = true };
        using var client = second.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var printers = await client.GetFromJsonAsync<JsonElement>("/api/v1/printers");

        printers.GetArrayLength().Should().Be(1);
        printers[0].GetProperty("name").GetString().Should().Be("Core One");
        printers[0].GetProperty("hasApiKey").GetBoolean().Should().BeTrue("the secret must still decrypt with the persisted key ring");
        using var anonymous = second.CreateClient();
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/auth/status")).GetProperty("setupRequired").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task SecondInstance_WhenDataFolderInUse_FailsFastWithClearMessage()
    {
        using var first = new PrinternizerFactory();
        using var client = first.CreateClient();
        (await client.GetAsync("/api/v1/health")).StatusCode.Should().Be(HttpStatusCode.OK);

        // A real second process, started the way the README starts Printernizer.
        var startInfo = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Printernizer.Api.dll"), "--data", first.DataFolder, "--urls", "http://127.0.0.1:0" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var second = System.Diagnostics.Process.Start(startInfo)!;
        var stderr = second.StandardError.ReadToEndAsync();
        var stdout = second.StandardOutput.ReadToEndAsync();
        var exited = second.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited)
        {
            second.Kill(entireProcessTree: true);
        }

        exited.Should().BeTrue("the second instance must fail fast, not start");
        second.ExitCode.Should().Be(1);
        (await stderr).Should().Contain("already using the data folder", await stdout);
        (await client.GetAsync("/api/v1/health")).StatusCode.Should().Be(HttpStatusCode.OK, "the first instance keeps working");
    }
}
