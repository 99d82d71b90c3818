namespace Printernizer.Application.Webhooks;

/// <summary>Event names a webhook can subscribe to.</summary>
public static class WebhookEvents
{
    public const string JobStarted = "job.started";
    public const string JobProgress = "job.progress";
    public const string JobCompleted = "job.completed";
    public const string JobFailed = "job.failed";
    public const string OrderCompleted = "order.completed";

    public static IReadOnlyList<string> All { get; } = [JobStarted, JobProgress, JobCompleted, JobFailed, OrderCompleted];
}
