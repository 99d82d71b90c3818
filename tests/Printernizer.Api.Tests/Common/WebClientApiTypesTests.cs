using System.Text.Json.Nodes;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Common;

/// <summary>
/// The web client's TypeScript types are generated from web-client/src/api/openapi.json (a Vitest test checks that
/// step); this test checks that file against the API's live OpenAPI document, so a changed API cannot leave stale types.
/// </summary>
public sealed class WebClientApiTypesTests
{
    [Test]
    public async Task WebClientOpenApiCopy_WhenComparedWithTheLiveDocument_IsCurrent()
    {
        var copyPath = FindWebClientCopy();
        using var factory = new PrinternizerFactory();
        using var client = factory.CreateClient();

        var live = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        var copy = JsonNode.Parse(await File.ReadAllTextAsync(copyPath));

        JsonNode.DeepEquals(live, copy).Should().BeTrue(
            "web-client/src/api/openapi.json must match the API's swagger.json; run scripts/update-api-types.sh and commit the result");
    }

    private static string FindWebClientCopy()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "web-client", "src", "api", "openapi.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("web-client/src/api/openapi.json not found above " + AppContext.BaseDirectory);
    }
}
