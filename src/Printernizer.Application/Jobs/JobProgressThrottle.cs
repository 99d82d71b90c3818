using System.Collections.Concurrent;

namespace Printernizer.Application.Jobs;

/// <summary>
/// Progress-only changes of a running job are written to the database at most every <see cref="Interval"/>;
/// transitions (start, pause, end) are always written at once. Live clients still get every update over SSE.
/// </summary>
public sealed class JobProgressThrottle
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _lastWritten = new();

    /// <summary>True when the job's progress should be written now (and records it as written).</summary>
    public bool ShouldWrite(Guid jobId, DateTimeOffset now, bool transition)
    {
        if (!transition && _lastWritten.TryGetValue(jobId, out var last) && now - last < Interval)
        {
            return false;
        }

        _lastWritten[jobId] = now;
        return true;
    }

    public void Forget(Guid jobId) => _lastWritten.TryRemove(jobId, out _);
}
