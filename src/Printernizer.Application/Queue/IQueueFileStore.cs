namespace Printernizer.Application.Queue;

/// <summary>The local copies of files the queue prints (the file library).</summary>
public interface IQueueFileStore
{
    Task<QueueFileInfo?> GetAsync(Guid fileId, CancellationToken cancellationToken);

    /// <summary>Opens the local copy for reading (seekable); null when there is none.</summary>
    Task<Stream?> OpenReadAsync(Guid fileId, CancellationToken cancellationToken);
}
