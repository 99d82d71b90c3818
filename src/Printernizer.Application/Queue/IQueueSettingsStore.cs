namespace Printernizer.Application.Queue;

/// <summary>Queue settings (the <c>settings</c> table, key <c>queue</c>).</summary>
public interface IQueueSettingsStore
{
    Task<QueueSettingsDto> GetAsync(CancellationToken cancellationToken);

    Task SaveAsync(QueueSettingsDto settings, CancellationToken cancellationToken);
}
