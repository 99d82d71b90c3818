namespace Printernizer.Api.Security;

public static class AuthSchemes
{
    /// <summary>Chooses the API-key scheme when an X-Api-Key header is present, the session cookie otherwise.</summary>
    public const string Selector = "CookieOrApiKey";
    public const string Cookie = "Cookie";
    public const string ApiKey = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string CookieName = "printernizer.session";
    public const string LoginRateLimit = "login";
}
