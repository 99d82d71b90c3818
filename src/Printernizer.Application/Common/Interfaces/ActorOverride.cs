namespace Printernizer.Application.Common.Interfaces;

/// <summary>
/// Names the actor for work that does not come from an HTTP request (e.g. a Home Assistant button press), so the
/// audit log says who asked. <see cref="ICurrentUser"/> implementations return <see cref="Current"/> when it is set.
/// </summary>
public static class ActorOverride
{
    private static readonly AsyncLocal<string?> _current = new();

    /// <summary>The actor set for the current async flow, or null.</summary>
    public static string? Current => _current.Value;

    /// <summary>Sets the actor until the returned scope is disposed.</summary>
    public static IDisposable Begin(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var previous = _current.Value;
        _current.Value = actor;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => _current.Value = previous;
    }
}
