using Printernizer.Ftps;

namespace Printernizer.Ftps.Tests;

public sealed class FtpsSessionGateTests
{
    [Test]
    public async Task AcquireAsync_WhenSamePrinterIsBusy_WaitsUntilTheFirstSessionEnds()
    {
        var gate = new FtpsSessionGate();
        var first = await gate.AcquireAsync("printer-1");

        var second = gate.AcquireAsync("printer-1");
        gate.TryAcquire("printer-1").Should().BeNull();
        second.IsCompleted.Should().BeFalse();

        first.Dispose();
        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(10));
        lease.Should().NotBeNull();
    }

    [Test]
    public async Task AcquireAsync_WhenOtherPrinterIsBusy_DoesNotWait()
    {
        var gate = new FtpsSessionGate();
        using var first = await gate.AcquireAsync("printer-1");

        using var other = gate.TryAcquire("printer-2");

        other.Should().NotBeNull();
    }

    [Test]
    public async Task Dispose_WhenCalledTwice_ReleasesOnlyOnce()
    {
        var gate = new FtpsSessionGate();
        var lease = await gate.AcquireAsync("printer-1");
        lease.Dispose();
        lease.Dispose();

        using var again = gate.TryAcquire("printer-1");
        again.Should().NotBeNull();
        gate.TryAcquire("printer-1").Should().BeNull();
    }
}
