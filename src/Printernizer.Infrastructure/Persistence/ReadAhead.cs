using System.Collections.Concurrent;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>
/// Reads a sequence on a worker thread while the caller consumes it, in batches through a small bounded buffer: a large
/// export reads SQLite on one core and formats on the other. Errors on either side reach the caller; a consumer that
/// stops early (or fails) stops the reader. Memory stays bounded by <c>capacity × batchSize</c> items.
/// </summary>
public static class ReadAhead
{
    public static void Consume<T>(IEnumerable<T> source, Action<IEnumerable<T>> consume, CancellationToken cancellationToken, int batchSize = 256, int capacity = 8)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(consume);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var buffer = new BlockingCollection<T[]>(capacity);
        Exception? readError = null;
        var reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var batch = new List<T>(batchSize);
                    foreach (var item in source)
                    {
                        batch.Add(item);
                        if (batch.Count == batchSize)
                        {
                            buffer.Add([.. batch], stop.Token);
                            batch.Clear();
                        }
                    }

                    if (batch.Count > 0)
                    {
                        buffer.Add([.. batch], stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // the consumer stopped or the request was cancelled
                }
                catch (Exception ex)
                {
                    readError = ex;
                }
                finally
                {
                    buffer.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            consume(Drain(buffer, stop.Token));
        }
        finally
        {
            stop.Cancel();
            reader.Wait(CancellationToken.None);
        }

        if (readError is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(readError).Throw();
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private static IEnumerable<T> Drain<T>(BlockingCollection<T[]> buffer, CancellationToken cancellationToken)
    {
        foreach (var batch in buffer.GetConsumingEnumerable(cancellationToken))
        {
            foreach (var item in batch)
            {
                yield return item;
            }
        }
    }
}
