using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Files;
using Printernizer.Domain.Files;

namespace Printernizer.Infrastructure.Files;

/// <summary>Turns byte counts into <c>download.progress</c> events: at most four per second per file, plus the final one.</summary>
internal sealed class DownloadProgressReporter(IRealtimePublisher realtime, PrinterFile file, TimeProvider timeProvider) : IProgress<long>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly long _started = timeProvider.GetTimestamp();
    private long _lastPublished = long.MinValue;
    private long _lastBytes;
    private long _lastTimestamp = timeProvider.GetTimestamp();
    private long _rate;

    public void Report(long value)
    {
        var now = timeProvider.GetTimestamp();
        if (_lastPublished != long.MinValue && timeProvider.GetElapsedTime(_lastPublished, now) < Interval)
        {
            return;
        }

        Publish(value, now);
    }

    public void Complete(long bytes) => Publish(bytes, timeProvider.GetTimestamp());

    private void Publish(long bytes, long now)
    {
        var elapsed = timeProvider.GetElapsedTime(_lastTimestamp, now).TotalSeconds;
        if (elapsed > 0.05)
        {
            _rate = (long)((bytes - _lastBytes) / elapsed);
            _lastBytes = bytes;
            _lastTimestamp = now;
        }
        else if (_rate == 0)
        {
            var total = timeProvider.GetElapsedTime(_started, now).TotalSeconds;
            _rate = total > 0 ? (long)(bytes / total) : 0;
        }

        _lastPublished = now;
        var percent = file.SizeBytes > 0 ? Math.Round(Math.Min(100m, bytes * 100m / file.SizeBytes), 1) : 0m;
        realtime.Publish(
            "download.progress",
            new DownloadProgressDto(file.Id, file.PrinterId, file.Name, bytes, file.SizeBytes, _rate, percent),
            file.Id.ToString("D"));
    }
}
