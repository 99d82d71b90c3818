using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Common;

public sealed class SwaggerTests
{
    [Test]
    public async Task SwaggerJson_WhenRequested_DocumentsAuthErrorsAndExamplesForEveryOperation()
    {
        using var factory = new PrinternizerFactory();
        using var client = factory.CreateClient();

        var doc = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty("ApiKey").GetProperty("name").GetString().Should().Be("X-Api-Key");
        schemes.GetProperty("Cookie").GetProperty("in").GetString().Should().Be("cookie");
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Op: o.Value)))
            .ToList();
        operations.Should().HaveCountGreaterThan(10);
        foreach (var (path, method, op) in operations)
        {
            op.TryGetProperty("summary", out _).Should().BeTrue($"{method} {path} needs a summary");
            var responses = op.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            responses.Should().Contain(r => r.StartsWith('4') || r.StartsWith('5'), $"{method} {path} must declare its error responses");
            if (path != "/api/v1/health" && !path.StartsWith("/api/v1/auth/", StringComparison.Ordinal))
            {
                responses.Should().Contain(["401", "403"], $"{method} {path} is protected");
            }
        }

        doc.GetRawText().Should().Contain("\"example\"");
        var kinds = doc.GetProperty("components").GetProperty("schemas").GetProperty("PrinterKind").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        kinds.Should().Equal("bambu", "prusa", "simulated");
    }

    [Test]
    public async Task SwaggerUi_WhenRequested_IsServed()
    {
        using var factory = new PrinternizerFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/swagger/index.html");

        html.Should().Contain("swagger-ui");
    }
}
