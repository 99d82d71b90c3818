using System.Text.Json;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Infrastructure.Serialization;

namespace Printernizer.Infrastructure.Realtime;

/// <summary>
/// Fan-out of events to SSE subscribers. Each subscriber has a bounded queue in which events with the same coalesce
/// key replace each other (latest wins), so they are bounded by the number of keys (printers, jobs); other events
/// count against <see cref="SubscriberCapacity"/>, and a subscriber that lets them overflow is dropped (it reconnects with
/// Last-Event-ID and gets the replay). Publishing never blocks and never waits for a client.
/// </summary>
public sealed class RealtimeEventHub(ILogger<RealtimeEventHub> logger) : IRealtimePublisher
{
    public const int ReplayCapacity = 1024;
    public const int SubscriberCapacity = 512;

    private readonly Lock _lock = new();
    private readonly Queue<RealtimeEvent> _replay = new();
    private readonly HashSet<RealtimeSubscription> _subscribers = [];
    private long _nextId;

    public int SubscriberCount
    {
        get
        {
            lock (_lock)
            {
                return _subscribers.Count;
            }
        }
    }

    public void Publish(string eventName, object data, string? coalesceKey = null)
    {
        var json = JsonSerializer.Serialize(data, data.GetType(), JsonDefaults.Options);
        RealtimeSubscription[] targets;
        RealtimeEvent evt;
        lock (_lock)
        {
            evt = new RealtimeEvent(++_nextId, eventName, json, coalesceKey is null ? null : eventName + "|" + coalesceKey);
            _replay.Enqueue(evt);
            if (_replay.Count > ReplayCapacity)
            {
                _replay.Dequeue();
            }

            targets = [.. _subscribers];
        }

        foreach (var subscriber in targets)
        {
            if (!subscriber.TryEnqueue(evt))
            {
                logger.LogWarning("Dropping a live-event client that stopped reading ({Pending} events pending)", SubscriberCapacity);
                Remove(subscriber);
                subscriber.Complete();
            }
        }
    }

    /// <summary>Subscribes; with <paramref name="lastEventId"/> the buffered events after it are replayed first.</summary>
    public RealtimeSubscription Subscribe(long? lastEventId = null)
    {
        var subscription = new RealtimeSubscription(this, SubscriberCapacity);
        lock (_lock)
        {
            if (lastEventId is { } last)
            {
                foreach (var evt in _replay.Where(e => e.Id > last).TakeLast(SubscriberCapacity))
                {
                    subscription.TryEnqueue(evt);
                }
            }

            _subscribers.Add(subscription);
        }

        return subscription;
    }

    internal void Remove(RealtimeSubscription subscription)
    {
        lock (_lock)
        {
            _subscribers.Remove(subscription);
        }
    }
}
