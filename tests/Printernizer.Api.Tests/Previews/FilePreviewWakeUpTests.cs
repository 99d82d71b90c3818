using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Printernizer.Api.Tests.Files;
using Printernizer.Api.Tests.Support;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Api.Tests.Previews;

/// <summary>
/// The preview worker does not poll: with its safety poll a day away, new uploads and finished downloads are still
/// inspected promptly because the file writes wake it.
/// </summary>
public sealed class FilePreviewWakeUpTests
{
    private static Dictionary<string, string?> Settings() => FilesApi.Settings(("PreviewSafetyPollMinutes", "1440"));

    private static async Task<string> UploadAsync(HttpClient client, string fixture)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(SharedFixtures.ReadBytes("files", fixture));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fixture);
        var response = await client.PostAsync("/api/v1/files", form);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    private static Task<JsonElement> WaitForMetadataAsync(HttpClient client, string id) =>
        Eventually.GetAsync(
            () => FilesApi.GetAsync(client, id),
            f => f.GetProperty("metadata").ValueKind == JsonValueKind.Object && f.GetProperty("hasThumbnail").GetBoolean(),
            $"file {id} to be inspected",
            60);

    [Test]
    public async Task Upload_WhenWorkerIsIdleAfterEarlierWork_InspectsTheNewFileWithoutWaitingForTheSafetyPoll()
    {
        using var factory = new PrinternizerFactory(settings: Settings());
        using var client = await factory.CreateAdminClientAsync();
        // The first file may be picked up by the start-up pass; after it, the worker sleeps until woken.
        var first = await UploadAsync(client, "ascii-cube.stl");
        await WaitForMetadataAsync(client, first);

        var second = await UploadAsync(client, "prusaslicer-2.5.0_MINI_box_png-thumbs.gcode");

        var file = await WaitForMetadataAsync(client, second);
        file.GetProperty("metadata").GetProperty("slicer").GetString().Should().Be("PrusaSlicer");
        (await client.GetAsync($"/api/v1/files/{second}/thumbnail")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Download_WhenFinished_InspectsTheLocalCopyWithoutWaitingForTheSafetyPoll()
    {
        using var factory = new PrinternizerFactory(settings: Settings());
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await FilesApi.CreatePrinterAsync(client, new { name = "Sim A1", kind = "simulated", isActive = false });
        await FilesApi.SyncAsync(client, printerId);
        var upload = await UploadAsync(client, "ascii-cube.stl");
        await WaitForMetadataAsync(client, upload);
        var printerFile = (await FilesApi.ListAsync(client, $"printerId={printerId}&search=Benchy")).Single();

        await FilesApi.DownloadAndWaitAsync(client, printerFile.Id());

        var file = await Eventually.GetAsync(
            () => FilesApi.GetAsync(client, printerFile.Id()),
            f => f.GetProperty("metadata").ValueKind == JsonValueKind.Object,
            "the downloaded file to be inspected",
            60);
        file.GetProperty("status").GetString().Should().Be("downloaded");
    }
}
