using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Realtime;
using Printernizer.Api.Security;
using Printernizer.Infrastructure.Realtime;

namespace Printernizer.Api.Controllers;

/// <summary>Live events as Server-Sent Events.</summary>
[Route("api/v1/events")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class EventsController(RealtimeEventHub hub, IConfiguration configuration) : ApiControllerBase
{
    /// <summary>
    /// <c>text/event-stream</c> of typed events (<c>printer.status</c>, <c>job.updated</c>, <c>file.updated</c>,
    /// <c>download.progress</c>, <c>queue.updated</c>, ...). Each event has an id; reconnect with the
    /// <c>Last-Event-ID</c> header (or <c>lastEventId</c> query) to replay what was missed. A <c>: heartbeat</c>
    /// comment is sent every 15 s.
    /// </summary>
    [HttpGet]
    [Produces("text/event-stream")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/event-stream")]
    public IResult Stream([FromHeader(Name = "Last-Event-ID")] string? lastEventIdHeader, [FromQuery] long? lastEventId) =>
        new ServerSentEventsResult(
            hub,
            long.TryParse(lastEventIdHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var fromHeader) ? fromHeader : lastEventId,
            TimeSpan.FromSeconds(configuration.GetValue("Printernizer:HeartbeatSeconds", 15.0)));
}
