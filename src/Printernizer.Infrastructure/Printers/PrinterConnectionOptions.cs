namespace Printernizer.Infrastructure.Printers;

/// <summary>Reconnect policy of the connection manager.</summary>
public sealed record PrinterConnectionOptions
{
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Wrong credentials will not fix themselves: wait at least this long before trying again.</summary>
    public TimeSpan AuthenticationFailureBackoff { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A connection that delivered status for this long counts as healthy: the backoff starts over.</summary>
    public TimeSpan HealthyAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay before attempt <paramref name="attempt"/> (0-based): exponential, capped, ±20 % jitter.</summary>
    public TimeSpan BackoffFor(int attempt, bool authenticationFailed, double jitter)
    {
        var exponential = InitialBackoff.TotalSeconds * Math.Pow(2, Math.Min(attempt, 16));
        var seconds = Math.Min(exponential, MaxBackoff.TotalSeconds) * (0.8 + (0.4 * Math.Clamp(jitter, 0, 1)));
        if (authenticationFailed)
        {
            seconds = Math.Max(seconds, AuthenticationFailureBackoff.TotalSeconds);
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
