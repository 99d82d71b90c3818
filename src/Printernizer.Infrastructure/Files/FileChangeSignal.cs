using System.Threading.Channels;

namespace Printernizer.Infrastructure.Files;

/// <summary>
/// Wakes the background file work (preview inspection) when a file row is written: added, downloaded, uploaded, synced.
/// Signals coalesce (one pending wake-up at most), so a burst of writes causes one pass, never a queue.
/// </summary>
public sealed class FileChangeSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Records that file rows changed; never blocks.</summary>
    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>
    /// Waits until <see cref="Notify"/> was called (also before this call, since the last wait) or the timeout passed.
    /// Returns true when signalled. Throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (_channel.Reader.TryRead(out _))
        {
            return true;
        }

        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        try
        {
            await _channel.Reader.WaitToReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return _channel.Reader.TryRead(out _);
    }
}
