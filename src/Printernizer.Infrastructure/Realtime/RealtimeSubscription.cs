namespace Printernizer.Infrastructure.Realtime;

/// <summary>One client's bounded, coalescing event queue.</summary>
public sealed class RealtimeSubscription : IDisposable
{
    private readonly RealtimeEventHub _hub;
    private readonly int _capacity;
    private readonly Lock _lock = new();
    private readonly LinkedList<RealtimeEvent> _pending = new();
    private readonly Dictionary<string, LinkedListNode<RealtimeEvent>> _byKey = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private bool _completed;

    internal RealtimeSubscription(RealtimeEventHub hub, int capacity)
    {
        _hub = hub;
        _capacity = capacity;
    }

    /// <summary>True once the hub dropped this subscriber (it fell too far behind).</summary>
    public bool IsCompleted
    {
        get
        {
            lock (_lock)
            {
                return _completed && _pending.Count == 0;
            }
        }
    }

    internal bool TryEnqueue(RealtimeEvent evt)
    {
        lock (_lock)
        {
            if (_completed)
            {
                return true;
            }

            if (evt.CoalesceKey is { } key && _byKey.Remove(key, out var stale))
            {
                // Latest wins: the stale event leaves the queue and the new one joins at the end, so ids stay ascending.
                _pending.Remove(stale);
                _byKey[key] = _pending.AddLast(evt);
                return true;
            }

            // Coalesced events are bounded by their keys (one per printer or job); only the others can pile up.
            if (evt.CoalesceKey is null && _pending.Count - _byKey.Count >= _capacity)
            {
                return false;
            }

            var added = _pending.AddLast(evt);
            if (evt.CoalesceKey is { } newKey)
            {
                _byKey[newKey] = added;
            }
        }

        _signal.Release();
        return true;
    }

    internal void Complete()
    {
        lock (_lock)
        {
            _completed = true;
        }

        _signal.Release();
    }

    /// <summary>Takes the next pending event without waiting (used to batch a burst into one write).</summary>
    public bool TryRead([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RealtimeEvent? evt)
    {
        lock (_lock)
        {
            if (_pending.First is { } first)
            {
                _pending.RemoveFirst();
                if (first.Value.CoalesceKey is { } key)
                {
                    _byKey.Remove(key);
                }

                evt = first.Value;
                return true;
            }
        }

        evt = null;
        return false;
    }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for the next event. Null on timeout (time for a heartbeat) or when the
    /// subscription was completed (check <see cref="IsCompleted"/>).
    /// </summary>
    public async Task<RealtimeEvent?> ReadAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryRead(out var next))
            {
                return next;
            }

            lock (_lock)
            {
                if (_pending.Count == 0 && _completed)
                {
                    return null;
                }
            }

            if (!await _signal.WaitAsync(timeout, cancellationToken))
            {
                return null;
            }
        }
    }

    public void Dispose()
    {
        _hub.Remove(this);
        _signal.Dispose();
    }
}
