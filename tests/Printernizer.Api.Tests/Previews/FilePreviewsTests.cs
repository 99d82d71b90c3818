using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Files;
using Printernizer.Api.Tests.Support;
using Printernizer.Application.Monitoring.Commands.RecordPrinterStatus;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Files.Formats;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Api.Tests.Previews;

/// <summary>Metadata, thumbnails and preview kinds of uploaded files and Prusa printer files, through the real host.</summary>
public sealed class FilePreviewsTests
{
    private static async Task<JsonElement> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fileName);
        var response = await client.PostAsync("/api/v1/files", form);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Task<JsonElement> UploadFixtureAsync(HttpClient client, string name) =>
        UploadAsync(client, name, SharedFixtures.ReadBytes("files", name));

    private static Task<JsonElement> WaitForMetadataAsync(HttpClient client, string id) =>
        Eventually.GetAsync(
            () => FilesApi.GetAsync(client, id),
            f => f.GetProperty("metadata").ValueKind == JsonValueKind.Object,
            $"file {id} to be inspected",
            60);

    private static async Task<JsonElement> PreviewAsync(HttpClient client, string id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/files/{id}/preview");

    [Test]
    public async Task Upload_WhenPrusaSlicerGCode_ShowsMetadataThumbnailAndGCodePreview()
    {
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var uploaded = await UploadFixtureAsync(client, "prusaslicer-2.5.0_MINI_box_png-thumbs.gcode");

        var file = await WaitForMetadataAsync(client, uploaded.Id());

        var m = file.GetProperty("metadata");
        m.GetProperty("printSeconds").GetInt32().Should().Be(329);
        m.GetProperty("filamentGrams").GetDecimal().Should().Be(0.44m);
        m.GetProperty("filamentType").GetString().Should().Be("PETG");
        m.GetProperty("layerHeightMm").GetDecimal().Should().Be(0.2m);
        m.GetProperty("slicer").GetString().Should().Be("PrusaSlicer");
        m.GetProperty("printerModel").GetString().Should().Be("MINI");
        m.GetProperty("unreadable").ValueKind.Should().Be(JsonValueKind.Null);
        file.GetProperty("hasThumbnail").GetBoolean().Should().BeTrue();
        var listed = (await FilesApi.ListAsync(client, "search=MINI_box")).Single();
        listed.GetProperty("hasThumbnail").GetBoolean().Should().BeTrue();
        listed.GetProperty("metadata").GetProperty("printSeconds").GetInt32().Should().Be(329);

        using var thumbnail = await client.GetAsync($"/api/v1/files/{uploaded.Id()}/thumbnail");
        thumbnail.StatusCode.Should().Be(HttpStatusCode.OK);
        thumbnail.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        thumbnail.Headers.ETag!.Tag.Should().Be("\"" + uploaded.GetProperty("sha256").GetString() + "\"");
        thumbnail.Headers.CacheControl!.MaxAge.Should().NotBeNull();
        var png = await thumbnail.Content.ReadAsByteArrayAsync();
        png.Length.Should().Be(4210, "the 220x124 embedded PNG fits 512 px best");
        var image = PngDecoder.Decode(png);
        (image.Width, image.Height).Should().Be((220, 124));

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/files/{uploaded.Id()}/thumbnail");
        conditional.Headers.IfNoneMatch.Add(thumbnail.Headers.ETag);
        (await client.SendAsync(conditional)).StatusCode.Should().Be(HttpStatusCode.NotModified);

        var preview = await PreviewAsync(client, uploaded.Id());
        preview.GetProperty("kind").GetString().Should().Be("gcode");
        preview.GetProperty("format").GetString().Should().Be("gcode");
        preview.GetProperty("contentUrl").GetString().Should().Be($"/api/v1/files/{uploaded.Id()}/content");
    }

    [Test]
    public async Task Upload_WhenBgcodeAndSlicedBambuProject_ReadsMetadataAndOffersThumbnailOnly()
    {
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var bgcode = await UploadFixtureAsync(client, "prusaslicer-2.8.1_MK4S_mini_cube.bgcode");
        var bambu = await UploadFixtureAsync(client, "bambustudio-1.7.7_xmas-pud.gcode.3mf");

        var b = (await WaitForMetadataAsync(client, bgcode.Id())).GetProperty("metadata");
        b.GetProperty("printSeconds").GetInt32().Should().Be(221);
        b.GetProperty("filamentGrams").GetDecimal().Should().Be(0.75m);
        b.GetProperty("filamentType").GetString().Should().Be("PLA");
        b.GetProperty("printerModel").GetString().Should().Be("MK4S");
        var x = (await WaitForMetadataAsync(client, bambu.Id())).GetProperty("metadata");
        x.GetProperty("printSeconds").GetInt32().Should().Be(11_151);
        x.GetProperty("filamentGrams").GetDecimal().Should().Be(58.41m);
        x.GetProperty("slicer").GetString().Should().Be("BambuStudio");
        x.GetProperty("printerModel").GetString().Should().Be("Bambu Lab X1 Carbon");
        x.GetProperty("plateCount").GetInt32().Should().Be(1);

        foreach (var id in new[] { bgcode.Id(), bambu.Id() })
        {
            var preview = await PreviewAsync(client, id);
            preview.GetProperty("kind").GetString().Should().Be("thumbnail", id);
            preview.GetProperty("contentUrl").GetString().Should().Be($"/api/v1/files/{id}/thumbnail");
        }

        var bambuPng = PngDecoder.Decode(await client.GetByteArrayAsync($"/api/v1/files/{bambu.Id()}/thumbnail"));
        (bambuPng.Width, bambuPng.Height).Should().Be((512, 512), "plate_1.png is 512x512");
    }

    [Test]
    public async Task Upload_WhenStlWithoutThumbnail_RendersA512PixelPngAndOffersTheMesh()
    {
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var stl = await UploadFixtureAsync(client, "binary-cube_header-starts-with-solid.stl");

        var file = await Eventually.GetAsync(() => FilesApi.GetAsync(client, stl.Id()), f => f.GetProperty("hasThumbnail").GetBoolean(), "the STL thumbnail", 60);

        file.GetProperty("metadata").GetProperty("unreadable").ValueKind.Should().Be(JsonValueKind.Null);
        var image = PngDecoder.Decode(await client.GetByteArrayAsync($"/api/v1/files/{stl.Id()}/thumbnail"));
        (image.Width, image.Height).Should().Be((512, 512));
        Directory.EnumerateFiles(Path.Combine(factory.DataFolder, "cache", "thumbnails"), "*.png")
            .Select(Path.GetFileNameWithoutExtension).Should().Contain(stl.GetProperty("sha256").GetString());
        var preview = await PreviewAsync(client, stl.Id());
        preview.GetProperty("kind").GetString().Should().Be("mesh");
        preview.GetProperty("format").GetString().Should().Be("stl");
    }

    [Test]
    public async Task Upload_WhenRandomBytesNamed3mf_MarksFileUnreadableWithoutThumbnail()
    {
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var random = new byte[64 * 1024];
        new Random(42).NextBytes(random);
        var hostile = await UploadAsync(client, "hostile.3mf", random);
        var good = await UploadFixtureAsync(client, "ascii-cube.stl");

        var file = await WaitForMetadataAsync(client, hostile.Id());

        file.GetProperty("metadata").GetProperty("unreadable").GetString().Should().StartWith("unreadable: ");
        file.GetProperty("hasThumbnail").GetBoolean().Should().BeFalse();
        await ProblemAssertions.ShouldBeProblemAsync(await client.GetAsync($"/api/v1/files/{hostile.Id()}/thumbnail"), HttpStatusCode.NotFound);
        (await PreviewAsync(client, hostile.Id())).GetProperty("kind").GetString().Should().Be("none");
        (await WaitForMetadataAsync(client, good.Id())).GetProperty("metadata").GetProperty("unreadable").ValueKind.Should().Be(JsonValueKind.Null, "the next file is still processed");
    }

    [Test]
    public async Task Thumbnail_WhenPrusaFileIsOnlyOnThePrinter_UsesThePrintersThumbnailWithoutDownloading()
    {
        await using var simulator = await PrusaLinkSimulator.StartNewAsync();
        var rgba = new byte[40 * 30 * 4];
        Array.Fill(rgba, (byte)0xC0);
        var png = PngEncoder.Encode(rgba, 40, 30);
        simulator.Printer.AddFile("", "BOX~1.GCO", "box_0.2mm_PLA_COREONE_1h02m.gcode", "G1 X1\n"u8.ToArray(), png);
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await FilesApi.CreatePrinterAsync(client, new
        {
            name = "Core One Labor",
            kind = "prusa",
            host = "127.0.0.1",
            httpPort = simulator.Printer.Port,
            apiKey = simulator.Printer.ApiKey,
            isActive = false,
        });
        await FilesApi.SyncAsync(client, printerId);
        var file = (await FilesApi.ListAsync(client, $"printerId={printerId}&search=box_0.2mm")).Single();

        var withThumbnail = await Eventually.GetAsync(() => FilesApi.GetAsync(client, file.Id()), f => f.GetProperty("hasThumbnail").GetBoolean(), "the printer thumbnail", 60);

        withThumbnail.Status().Should().Be("available", "nothing was downloaded");
        var served = await client.GetByteArrayAsync($"/api/v1/files/{file.Id()}/thumbnail");
        served.Should().Equal(png);
        simulator.Printer.CountRequests("GET", "/thumb/l/usb/BOX~1.GCO").Should().Be(1, "fetched once, then served from the cache");
        simulator.Printer.CountRequests("GET", "/usb/BOX~1.GCO").Should().Be(0);
        (await PreviewAsync(client, file.Id())).GetProperty("kind").GetString().Should().Be("thumbnail");
    }

    [Test]
    public async Task JobStart_WhenPrinterGivesNoEstimates_TakesThemFromTheFilesMetadata()
    {
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var printerId = Guid.Parse(await FilesApi.CreatePrinterAsync(client, new { name = "Sim Werkstatt", kind = "simulated", isActive = false }));
        var uploaded = await UploadFixtureAsync(client, "prusaslicer-2.8.1_MK4S_mini_cube.bgcode");
        await WaitForMetadataAsync(client, uploaded.Id());

        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordPrinterStatusCommand(printerId, new PrinterStatusReport
            {
                State = PrinterState.Printing,
                JobIdentity = "job-1",
                JobName = "mini_cube",
                FileName = "prusaslicer-2.8.1_MK4S_mini_cube.bgcode",
                FilePath = "/usb/MINICU~1.BGC",
                ProgressPercent = 1,
            }));
        }

        var jobs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={printerId}");
        var job = jobs.GetProperty("items").EnumerateArray().Single();
        job.GetProperty("estimatedSeconds").GetInt32().Should().Be(221);
        job.GetProperty("materialEstimatedGrams").GetDecimal().Should().Be(0.75m);
        job.GetProperty("materialType").GetString().Should().Be("PLA");
    }
}
