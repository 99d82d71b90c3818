namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>Packet identifiers 1..65535, wrapping, never handing out one that is still in flight.</summary>
internal sealed class MqttPacketIdAllocator
{
    private readonly HashSet<ushort> _inFlight = [];
    private readonly Lock _lock = new();
    private ushort _next = 1;

    public int InFlightCount
    {
        get
        {
            lock (_lock)
            {
                return _inFlight.Count;
            }
        }
    }

    /// <summary>Sets the next candidate (tests use it to exercise the wrap-around).</summary>
    public void SetNext(ushort next)
    {
        lock (_lock)
        {
            _next = next == 0 ? (ushort)1 : next;
        }
    }

    public bool TryAllocate(out ushort id)
    {
        lock (_lock)
        {
            for (var attempt = 0; attempt < ushort.MaxValue; attempt++)
            {
                var candidate = _next;
                _next = candidate == ushort.MaxValue ? (ushort)1 : (ushort)(candidate + 1);
                if (_inFlight.Add(candidate))
                {
                    id = candidate;
                    return true;
                }
            }
        }

        id = 0;
        return false;
    }

    public void Release(ushort id)
    {
        lock (_lock)
        {
            _inFlight.Remove(id);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _inFlight.Clear();
        }
    }
}
