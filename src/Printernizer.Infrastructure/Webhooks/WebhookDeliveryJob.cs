using Quartz;

namespace Printernizer.Infrastructure.Webhooks;

/// <summary>Every two seconds: sends the webhook deliveries that are due.</summary>
[DisallowConcurrentExecution]
public sealed class WebhookDeliveryJob(WebhookSender sender) : IJob
{
    public static readonly JobKey Key = new("webhook-delivery");

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sender.DeliverDueAsync(cancellationToken);
}
