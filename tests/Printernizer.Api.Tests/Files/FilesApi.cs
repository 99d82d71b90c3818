using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Files;

/// <summary>Small helpers for the file API tests (JSON as the client sees it).</summary>
internal static class FilesApi
{
    /// <summary>Settings that keep the scheduled sync out of the way (tests sync explicitly) and retries short.</summary>
    public static Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Printernizer:Files:InitialSyncDelaySeconds"] = "3600",
            ["Printernizer:Files:RetryBaseDelaySeconds"] = "0.2",
            ["Printernizer:Files:MaxDownloadAttempts"] = "2",
        };
        foreach (var (key, value) in extra)
        {
            settings["Printernizer:Files:" + key] = value;
        }

        return settings;
    }

    public static async Task<string> CreatePrinterAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/printers", body);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> SyncAsync(HttpClient client, string printerId)
    {
        var response = await client.PostAsync($"/api/v1/files/sync?printerId={printerId}", null);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(text);
        var printer = JsonDocument.Parse(text).RootElement.GetProperty("printers")[0];
        printer.GetProperty("ok").GetBoolean().Should().BeTrue(text);
        return printer;
    }

    public static async Task<List<JsonElement>> ListAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/files?" + query);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string fileId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/files/{fileId}");

    public static string Id(this JsonElement file) => file.GetProperty("id").GetString()!;

    public static string Status(this JsonElement file) => file.GetProperty("status").GetString()!;

    public static string Name(this JsonElement file) => file.GetProperty("name").GetString()!;

    public static async Task<JsonElement> WaitForStatusAsync(HttpClient client, string fileId, string status, int timeoutSeconds = 60) =>
        await Eventually.GetAsync(() => GetAsync(client, fileId), f => f.Status() == status, $"file {fileId} to be {status}", timeoutSeconds);

    public static async Task<JsonElement> DownloadAndWaitAsync(HttpClient client, string fileId, int timeoutSeconds = 60)
    {
        var response = await client.PostAsync($"/api/v1/files/{fileId}/download", null);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted, text);
        return await Eventually.GetAsync(
            () => GetAsync(client, fileId),
            f => f.Status() is "downloaded" or "error",
            $"the download of {fileId} to end",
            timeoutSeconds);
    }

    public static async Task<string> ContentSha256Async(HttpClient client, string fileId)
    {
        using var response = await client.GetAsync($"/api/v1/files/{fileId}/content", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Every regular file in the data folder's library (partial downloads included), relative paths.</summary>
    public static List<string> LibraryFiles(PrinternizerFactory factory)
    {
        var root = Path.Combine(factory.DataFolder, "files");
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).ToList()
            : [];
    }
}
