using System.Net;

namespace Printernizer.Infrastructure.Webhooks;

/// <summary>The one HttpClient for webhook deliveries (no redirects, no cookies, no proxy credentials).</summary>
public sealed class WebhookHttp : IDisposable
{
    public WebhookHttp() => Client = new HttpClient(
        new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = DecompressionMethods.None,
        })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        DefaultRequestHeaders = { { "User-Agent", "Printernizer-Webhooks/1" } },
    };

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
