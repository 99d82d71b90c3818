namespace Printernizer.Infrastructure.Webhooks;

/// <summary>Webhook delivery tuning (configuration section <c>Printernizer:Webhooks</c>).</summary>
public sealed record WebhookOptions
{
    /// <summary>Delay before the first retry; doubles with every further attempt.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a delivery is given up (status failed).</summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>Per request.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deliveries sent per run of the delivery job.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>Delay before attempt <paramref name="attempts"/> + 1 after <paramref name="attempts"/> failures.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = BaseDelay.TotalSeconds * factor;
        return TimeSpan.FromSeconds(Math.Min(delay, MaxDelay.TotalSeconds));
    }
}
