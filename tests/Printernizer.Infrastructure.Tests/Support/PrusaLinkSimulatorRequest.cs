namespace Printernizer.Infrastructure.Tests.Support;

/// <summary>One request a simulated printer received: request line, how it authenticated, what it answered.</summary>
/// <param name="At">When it arrived (UTC).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Target">Raw request target, e.g. <c>/api/v1/job/929/pause</c>.</param>
/// <param name="Auth">"ApiKey", "Digest", "Basic" or "None".</param>
/// <param name="StatusCode">Status code answered (0 when the connection was dropped).</param>
/// <param name="BodyBytes">Request body bytes read.</param>
/// <param name="Headers">Selected request headers (Print-After-Upload, Overwrite, If-None-Match, Authorization nonce).</param>
public sealed record PrusaLinkSimulatorRequest(
    DateTimeOffset At,
    string Method,
    string Target,
    string Auth,
    int StatusCode,
    long BodyBytes,
    IReadOnlyDictionary<string, string> Headers)
{
    public string Path => Target.Split('?', 2)[0];
}
