using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>
/// Pure decision of how long to wait between two status polls (start to start):
/// <list type="bullet">
/// <item><see cref="PrusaDriverOptions.FastInterval"/> for <see cref="PrusaDriverOptions.FastWindow"/> after a command;</item>
/// <item><see cref="PrusaDriverOptions.FastInterval"/> while a job is starting: BUSY/Preparing, or PRINTING without progress yet;</item>
/// <item><see cref="PrusaDriverOptions.ActiveJobInterval"/> while a job runs (Printing, Paused, Attention);</item>
/// <item><see cref="PrusaDriverOptions.IdleInterval"/> otherwise.</item>
/// </list>
/// Thread-safe: commands arrive on other threads than the poll loop.
/// </summary>
public sealed class PrusaPollSchedule(PrusaDriverOptions options)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _fastUntil = DateTimeOffset.MinValue;
    private PrinterState _state = PrinterState.Idle;
    private bool _jobStarting;

    /// <summary>A command was sent: poll fast until <paramref name="now"/> + <see cref="PrusaDriverOptions.FastWindow"/>.</summary>
    public void CommandSent(DateTimeOffset now)
    {
        lock (_lock)
        {
            var until = now + options.FastWindow;
            if (until > _fastUntil)
            {
                _fastUntil = until;
            }
        }
    }

    /// <summary>Feeds the latest normalized state and job progress (percent, null when unknown).</summary>
    public void Observed(PrinterState state, decimal? progressPercent)
    {
        lock (_lock)
        {
            _state = state;
            _jobStarting = state is PrinterState.Busy or PrinterState.Preparing
                || (state == PrinterState.Printing && (progressPercent is null || progressPercent == 0));
        }
    }

    /// <summary>True while polling is fast (command window or job starting).</summary>
    public bool IsFast(DateTimeOffset now)
    {
        lock (_lock)
        {
            return now < _fastUntil || _jobStarting;
        }
    }

    /// <summary>The interval from the last poll's start to the next one.</summary>
    public TimeSpan NextInterval(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (now < _fastUntil || _jobStarting)
            {
                return Min(options.FastInterval, Regular());
            }

            return Regular();
        }
    }

    private TimeSpan Regular() =>
        _state is PrinterState.Printing or PrinterState.Paused or PrinterState.Attention
            ? options.ActiveJobInterval
            : options.IdleInterval;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
