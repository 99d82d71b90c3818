namespace Printernizer.Ftps.Tests;

/// <summary>A synchronous IProgress that records every report (Progress&lt;T&gt; would post asynchronously).</summary>
internal sealed class RecordingProgress(Action<long>? onReport = null) : IProgress<long>
{
    private readonly List<long> _reports = [];

    public IReadOnlyList<long> Reports => _reports;

    public void Report(long value)
    {
        _reports.Add(value);
        onReport?.Invoke(value);
    }
}
