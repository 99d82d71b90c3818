namespace Printernizer.Application.Common.Interfaces;

/// <summary>Publishes typed events to live clients (SSE). Never blocks on slow clients.</summary>
public interface IRealtimePublisher
{
    /// <summary>
    /// Publishes <paramref name="data"/> as event <paramref name="eventName"/> (e.g. <c>printer.status</c>).
    /// With a <paramref name="coalesceKey"/>, an undelivered older event with the same name and key is replaced
    /// (latest wins), so a slow client never builds a backlog of stale status.
    /// </summary>
    void Publish(string eventName, object data, string? coalesceKey = null);
}
