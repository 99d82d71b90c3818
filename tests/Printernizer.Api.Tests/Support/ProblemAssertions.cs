using System.Net;
using System.Text.Json;

namespace Printernizer.Api.Tests.Support;

/// <summary>Checks that a response is RFC 9457 problem+json with the fields shared/api.md promises.</summary>
public static class ProblemAssertions
{
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", body);
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("status").GetInt32().Should().Be((int)status);
        json.GetProperty("type").GetString().Should().NotBeNullOrEmpty();
        json.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        json.GetProperty("traceId").GetString().Should().NotBeNullOrEmpty();
        return json;
    }

    public static string[] FieldErrors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToArray()
            : [];
}
