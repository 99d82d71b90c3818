using System.Collections.Concurrent;

namespace Printernizer.Application.Queue;

/// <summary>At most one progress notification per job per <see cref="Interval"/> (singleton).</summary>
public sealed class JobProgressThrottle
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _last = new();

    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Starts the interval for a job without sending (the start event itself).</summary>
    public void Started(Guid jobId, DateTimeOffset now) => _last[jobId] = now;

    public bool ShouldSend(Guid jobId, DateTimeOffset now)
    {
        if (_last.TryGetValue(jobId, out var last) && now - last < Interval)
        {
            return false;
        }

        _last[jobId] = now;
        if (_last.Count > 1000)
        {
            foreach (var stale in _last.Where(p => now - p.Value > TimeSpan.FromDays(2)).Select(p => p.Key).ToList())
            {
                _last.TryRemove(stale, out _);
            }
        }

        return true;
    }

    public void Ended(Guid jobId) => _last.TryRemove(jobId, out _);
}
