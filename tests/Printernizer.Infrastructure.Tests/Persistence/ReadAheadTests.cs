using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Tests.Persistence;

public sealed class ReadAheadTests
{
    [Test]
    public void Consume_WhenTheSourceIsLong_DeliversEveryItemInOrder()
    {
        var seen = new List<int>();

        ReadAhead.Consume(Enumerable.Range(0, 10_001), items => seen.AddRange(items), CancellationToken.None, batchSize: 64, capacity: 2);

        seen.Should().Equal(Enumerable.Range(0, 10_001));
    }

    [Test]
    public void Consume_WhenReadingFails_RethrowsTheReadersError()
    {
        static IEnumerable<int> Broken()
        {
            for (var i = 0; i < 1000; i++)
            {
                yield return i;
            }

            throw new InvalidDataException("row 1000 is unreadable");
        }

        var count = 0;
        var act = () => ReadAhead.Consume(Broken(), items => count = items.Count(), CancellationToken.None);

        act.Should().Throw<InvalidDataException>().WithMessage("row 1000 is unreadable");
    }

    [Test]
    public void Consume_WhenTheConsumerFails_StopsAnEndlessReaderAndRethrows()
    {
        var produced = 0;
        IEnumerable<int> Endless()
        {
            while (true)
            {
                yield return Interlocked.Increment(ref produced);
            }
        }

        var act = () => ReadAhead.Consume(Endless(), items => _ = items.Select(i => i < 5000 ? i : throw new IOException("disk full")).ToList(), CancellationToken.None, batchSize: 100, capacity: 4);

        act.Should().Throw<IOException>().WithMessage("disk full");
        // Consume returns only after the reader ended; it never ran further ahead than the bounded buffer allows.
        Volatile.Read(ref produced).Should().BeLessThan(5000 + (6 * 100), "the reader stopped, at most a few batches ahead");
    }

    [Test]
    public void Consume_WhenCancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var act = () => ReadAhead.Consume(Enumerable.Range(0, 100_000), items =>
        {
            foreach (var item in items)
            {
                if (item == 500)
                {
                    cancel.Cancel();
                }
            }
        }, cancel.Token, batchSize: 10, capacity: 2);

        act.Should().Throw<OperationCanceledException>();
    }
}
