namespace Printernizer.Infrastructure.Tests.Printers.Prusa;

/// <summary>Wait-for-condition with a generous timeout (no fixed sleeps in tests).</summary>
public static class Eventually
{
    public static async Task<T?> WaitAsync<T>(Func<T?> probe, double timeoutSeconds = 15)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = probe();
            if (value is not null || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(10);
        }
    }

    public static async Task TrueAsync(Func<bool> condition, string because, double timeoutSeconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new AssertionException($"Timed out after {timeoutSeconds} s waiting until {because}.");
            }

            await Task.Delay(10);
        }
    }
}
