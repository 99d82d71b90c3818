using System.Collections.Concurrent;

namespace Printernizer.Ftps;

/// <summary>
/// One FTPS session per server at a time: printers refuse or break concurrent sessions (425).
/// Register as a singleton and hold a lease around every session:
/// <code>using (await gate.AcquireAsync(printerId, ct)) { await using var client = ...; }</code>
/// </summary>
public sealed class FtpsSessionGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>Waits until no other lease for <paramref name="key"/> (printer id or host) is held, then takes it.</summary>
    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var gate = _gates.GetOrAdd(key, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Lease(gate);
    }

    /// <summary>Takes the lease only if it is free right now; null when another session holds it.</summary>
    public IDisposable? TryAcquire(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var gate = _gates.GetOrAdd(key, static _ => new SemaphoreSlim(1, 1));
        return gate.Wait(0) ? new Lease(gate) : null;
    }

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private SemaphoreSlim? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
