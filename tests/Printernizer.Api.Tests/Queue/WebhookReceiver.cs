using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Printernizer.Api.Tests.Queue;

/// <summary>An ERP stand-in on 127.0.0.1: records every POST; the first <c>failFirst</c> requests get HTTP 500.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _toFail;

    public WebhookReceiver(int failFirst = 0, int? port = null)
    {
        _toFail = failFirst;
        Port = port ?? FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hooks/printernizer";

    /// <summary>Requests answered with 2xx.</summary>
    public ConcurrentQueue<ReceivedWebhook> Accepted { get; } = new();

    /// <summary>Every request, including the refused ones.</summary>
    public ConcurrentQueue<ReceivedWebhook> All { get; } = new();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var received = new ReceivedWebhook(
                context.Request.Headers["X-Printernizer-Event"],
                context.Request.Headers["X-Printernizer-Signature"],
                context.Request.Headers["X-Printernizer-Delivery"],
                body.ToArray());
            All.Enqueue(received);
            if (Interlocked.Decrement(ref _toFail) >= 0)
            {
                context.Response.StatusCode = 500;
            }
            else
            {
                context.Response.StatusCode = 204;
                Accepted.Enqueue(received);
            }

            context.Response.Close();
        }
    }
}
