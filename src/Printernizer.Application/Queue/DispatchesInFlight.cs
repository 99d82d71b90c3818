using System.Collections.Concurrent;

namespace Printernizer.Application.Queue;

/// <summary>
/// Queue items whose upload and print start are running in this process right now. The dispatch timeout never fails
/// them (a large file over a slow link may take long); its clock starts when the printer accepted the start.
/// </summary>
public sealed class DispatchesInFlight
{
    private readonly ConcurrentDictionary<Guid, byte> _items = new();

    public bool Contains(Guid itemId) => _items.ContainsKey(itemId);

    /// <summary>Marks the item in flight until the returned handle is disposed.</summary>
    public IDisposable Begin(Guid itemId)
    {
        _items[itemId] = 0;
        return new Handle(this, itemId);
    }

    private sealed class Handle(DispatchesInFlight owner, Guid itemId) : IDisposable
    {
        public void Dispose() => owner._items.TryRemove(itemId, out _);
    }
}
