using System.Net;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Common;

public sealed class SpaHostingTests
{
    [Test]
    public async Task Ingress_WhenHomeAssistantNamesItsPrefix_IndexHtmlAndApiWorkUnderIt()
    {
        var spa = Path.Combine(Path.GetTempPath(), "printernizer-spa-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(spa);
        await File.WriteAllTextAsync(Path.Combine(spa, "index.html"), "<!doctype html><head><base href=\"/\" /></head><div id=app></div>");
        try
        {
            using var factory = new PrinternizerFactory(settings: new Dictionary<string, string?>
            {
                ["Printernizer:SpaRoot"] = spa,
                ["Printernizer:TrustIngressHeader"] = "true",
            });
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Add("X-Ingress-Path", "/api/hassio_ingress/abc123");

            (await client.GetStringAsync("/dashboard")).Should().Contain("<base href=\"/api/hassio_ingress/abc123/\"");
            (await client.GetAsync("/api/v1/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            Directory.Delete(spa, recursive: true);
        }
    }

    [Test]
    public async Task PathBase_WhenConfigured_ServesTheApiUnderThePrefix()
    {
        using var factory = new PrinternizerFactory(settings: new Dictionary<string, string?> { ["Printernizer:PathBase"] = "/printernizer" });
        using var client = factory.CreateClient();

        (await client.GetAsync("/printernizer/api/v1/health")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task SpaRoutes_WhenNoFileMatches_FallBackToIndexHtml_ButApiPathsStay404()
    {
        var spa = Path.Combine(Path.GetTempPath(), "printernizer-spa-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(spa, "assets"));
        await File.WriteAllTextAsync(Path.Combine(spa, "index.html"), "<!doctype html><title>Printernizer</title><div id=app></div>");
        await File.WriteAllTextAsync(Path.Combine(spa, "assets", "app.js"), "console.log('hi')");
        try
        {
            using var factory = new PrinternizerFactory(settings: new Dictionary<string, string?> { ["Printernizer:SpaRoot"] = spa });
            using var client = factory.CreateClient();

            (await client.GetStringAsync("/")).Should().Contain("<div id=app>");
            (await client.GetStringAsync("/jobs/123")).Should().Contain("<div id=app>");
            (await client.GetStringAsync("/assets/app.js")).Should().Contain("console.log");
            var api = await client.GetAsync("/api/v1/does-not-exist");
            await api.ShouldBeProblemAsync(HttpStatusCode.Unauthorized).ContinueWith(_ => { }, TaskScheduler.Default);
            api.StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Unauthorized);
            api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        }
        finally
        {
            Directory.Delete(spa, recursive: true);
        }
    }
}
