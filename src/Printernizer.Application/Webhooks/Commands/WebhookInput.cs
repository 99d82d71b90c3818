namespace Printernizer.Application.Webhooks.Commands;

/// <summary>Fields of a webhook as written by the user.</summary>
public abstract record WebhookInput
{
    /// <summary>Where events are POSTed (http or https).</summary>
    /// <example>https://erp.example.com/hooks/printernizer</example>
    public string Url { get; init; } = string.Empty;

    /// <summary>Any of job.started, job.progress, job.completed, job.failed, order.completed.</summary>
    /// <example>["job.completed", "order.completed"]</example>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <example>true</example>
    public bool Active { get; init; } = true;
}
