using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Printernizer.Infrastructure.Realtime;

namespace Printernizer.Api.Realtime;

/// <summary>
/// Writes a subscription as <c>text/event-stream</c>: <c>id</c>, <c>event</c>, <c>data</c> per event and a
/// <c>: heartbeat</c> comment when nothing happened for the heartbeat interval. Ends when the client goes away or
/// the hub drops the subscription (the client then reconnects with Last-Event-ID).
/// </summary>
public sealed class ServerSentEventsResult(RealtimeEventHub hub, long? lastEventId, TimeSpan heartbeat) : IResult
{
    private const int MaxBatchChars = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var cancellationToken = httpContext.RequestAborted;

        using var subscription = hub.Subscribe(lastEventId);
        try
        {
            await response.WriteAsync("retry: 3000\n: connected\n\n", cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
            var builder = new StringBuilder();
            while (!cancellationToken.IsCancellationRequested)
            {
                var evt = await subscription.ReadAsync(heartbeat, cancellationToken);
                if (evt is null)
                {
                    if (subscription.IsCompleted)
                    {
                        return;
                    }

                    await response.WriteAsync(": heartbeat\n\n", cancellationToken);
                }
                else
                {
                    // A burst (many printers reporting at once) goes out as one write and one flush, not one per event.
                    builder.Clear();
                    do
                    {
                        Append(builder, evt);
                    }
                    while (builder.Length < MaxBatchChars && subscription.TryRead(out evt));

                    await response.WriteAsync(builder.ToString(), cancellationToken);
                }

                await response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // client disconnected
        }
        catch (IOException)
        {
            // client disconnected mid-write
        }
    }

    private static void Append(StringBuilder builder, RealtimeEvent evt) =>
        builder.Append("id: ").Append(evt.Id.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("event: ").Append(evt.Name).Append('\n')
            .Append("data: ").Append(evt.Data).Append("\n\n");
}
