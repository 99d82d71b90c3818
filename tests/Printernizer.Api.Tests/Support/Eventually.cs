namespace Printernizer.Api.Tests.Support;

/// <summary>Polls a condition until it holds or a generous timeout passes (no fixed sleeps, no timing assertions).</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> until, string what, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        T value;
        do
        {
            value = await probe();
            if (until(value))
            {
                return value;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new AssertionException($"Timed out after {timeoutSeconds} s waiting for {what}. Last value: {value}");
    }
}
