using System.Security.Cryptography;
using Printernizer.Ftps;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Ftps.Tests;

/// <summary>Failures a printer produces: power loss mid-transfer, a swapped certificate, no data TLS, idle sessions closed.</summary>
[NonParallelizable]
public sealed class ImplicitFtpsClientResilienceTests
{
    private TestCertificateAuthority _ca = null!;
    private ServerCertificate _certificate = null!;

    [OneTimeSetUp]
    public void CreateCertificates()
    {
        _ca = new TestCertificateAuthority();
        _certificate = _ca.Issue(FtpsTestClients.Serial);
    }

    [OneTimeTearDown]
    public void DisposeCertificates()
    {
        _certificate.Dispose();
        _ca.Dispose();
    }

    [Test]
    public async Task DownloadAsync_WhenServerDiesMidTransfer_ThrowsAndRetrySucceedsAfterRestart()
    {
        using var server = VsftpdServer.Start(_certificate);
        var content = FtpsTestClients.RandomBytes(24 * 1024 * 1024);
        server.WriteFile("timelapse/video.mp4", content);
        await using var client = await FtpsTestClients.ConnectAsync(FtpsTestClients.Options(server, _certificate.Sha256Fingerprint));
        var killed = false;
        var progress = new RecordingProgress(bytes =>
        {
            if (!killed && bytes >= 1024 * 1024)
            {
                killed = true;
                server.Kill();
            }
        });
        using var partial = new MemoryStream();

        var download = () => client.DownloadAsync("/timelapse/video.mp4", partial, progress);

        var error = (await download.Should().ThrowAsync<FtpsException>()).Which;
        error.Kind.Should().BeOneOf(FtpsErrorKind.DataConnection, FtpsErrorKind.ConnectionClosed);
        killed.Should().BeTrue();
        client.IsConnected.Should().BeFalse();

        server.Restart();
        await client.ConnectAsync();
        using var complete = new MemoryStream();
        var received = await client.DownloadAsync("/timelapse/video.mp4", complete);

        received.Should().Be(content.Length);
        SHA256.HashData(complete.ToArray()).Should().Equal(SHA256.HashData(content));
    }

    [Test]
    public async Task DownloadAsync_WhenServerHangsMidTransfer_ThrowsTimeoutInsteadOfHanging()
    {
        using var server = VsftpdServer.Start(_certificate);
        server.WriteFile("hang/video.mp4", FtpsTestClients.RandomBytes(40 * 1024 * 1024));
        await using var client = await FtpsTestClients.ConnectAsync(
            FtpsTestClients.Options(server, _certificate.Sha256Fingerprint, dataTimeout: TimeSpan.FromSeconds(2)));
        var frozen = false;
        var progress = new RecordingProgress(bytes =>
        {
            if (!frozen && bytes >= 1024 * 1024)
            {
                frozen = true;
                server.Freeze();
            }
        });

        var download = () => client.DownloadAsync("/hang/video.mp4", Stream.Null, progress);

        var error = (await download.Should().ThrowAsync<FtpsException>()).Which;
        error.Kind.Should().Be(FtpsErrorKind.Timeout);
        error.Message.Should().Contain("no data");
        client.IsConnected.Should().BeFalse();
    }

    [Test]
    public async Task Transfers_WhenDataConnectionCannotResumeTlsSession_RetryOnceWithClearDataChannel()
    {
        // .NET does not resume TLS sessions for an IP-literal target host, so vsftpd answers 522 (session reuse
        // required) on the data channel: the same signature as a printer whose data-channel TLS is broken.
        using var server = VsftpdServer.Start(_certificate, forceDataTls: false);
        var content = FtpsTestClients.RandomBytes(1024 * 1024);
        server.WriteFile("cache/job.gcode.3mf", content);
        await using var client = await FtpsTestClients.ConnectAsync(
            FtpsTestClients.Options(server, _certificate.Sha256Fingerprint, tlsTargetHost: VsftpdServer.Host));

        using var downloaded = new MemoryStream();
        var received = await client.DownloadAsync("/cache/job.gcode.3mf", downloaded);
        var sent = await client.UploadAsync(new MemoryStream(content), "/uploaded.gcode.3mf");
        var entries = await client.ListAsync("/cache");

        client.EffectiveDataProtection.Should().Be(FtpsDataProtection.Clear);
        received.Should().Be(content.Length);
        downloaded.ToArray().Should().Equal(content);
        sent.Should().Be(content.Length);
        File.ReadAllBytes(Path.Combine(server.RootPath, "uploaded.gcode.3mf")).Should().Equal(content);
        entries.Should().ContainSingle(e => e.Name == "job.gcode.3mf");
    }

    [Test]
    public async Task ListAsync_WhenPrivateDataChannelCannotResumeTlsSession_Throws522SessionReuseRequired()
    {
        using var server = VsftpdServer.Start(_certificate);
        await using var client = await FtpsTestClients.ConnectAsync(FtpsTestClients.Options(
            server, _certificate.Sha256Fingerprint, protection: FtpsDataProtection.Private, tlsTargetHost: VsftpdServer.Host));

        var list = () => client.ListAsync("/");

        var error = (await list.Should().ThrowAsync<FtpsException>()).Which;
        error.ReplyCode.Should().Be(522);
        error.Kind.Should().Be(FtpsErrorKind.DataConnection);
        error.Message.Should().Contain("session reuse required");
    }

    [Test]
    public async Task Transfers_WhenClearDataChannelIsConfigured_UseProtC()
    {
        using var server = VsftpdServer.Start(_certificate, forceDataTls: false);
        await using var client = await FtpsTestClients.ConnectAsync(
            FtpsTestClients.Options(server, _certificate.Sha256Fingerprint, protection: FtpsDataProtection.Clear));
        var content = FtpsTestClients.RandomBytes(500_000);

        await client.UploadAsync(new MemoryStream(content), "/clear.bin");
        using var downloaded = new MemoryStream();
        await client.DownloadAsync("/clear.bin", downloaded);

        client.EffectiveDataProtection.Should().Be(FtpsDataProtection.Clear);
        downloaded.ToArray().Should().Equal(content);
    }

    [Test]
    public async Task ConnectAsync_WhenServerCertificateIsNotThePinnedOne_RefusesTheServer()
    {
        using var otherPrinter = _ca.Issue(FtpsTestClients.Serial);
        using var server = VsftpdServer.Start(otherPrinter);
        await using var client = new ImplicitFtpsClient(FtpsTestClients.Options(server, _certificate.Sha256Fingerprint));

        var connect = () => client.ConnectAsync();

        var error = (await connect.Should().ThrowAsync<FtpsException>()).Which;
        error.Kind.Should().Be(FtpsErrorKind.CertificateRejected);
        error.ReplyCode.Should().BeNull();
        client.IsConnected.Should().BeFalse();
    }

    [Test]
    public async Task Transfers_WhenServerHasNoDataChannelTls_FallBackToClearDataChannel()
    {
        using var server = VsftpdServer.Start(_certificate, forceDataTls: false, refuseProt: true);
        var content = FtpsTestClients.RandomBytes(2 * 1024 * 1024);
        server.WriteFile("cache/job.gcode.3mf", content);
        await using var client = await FtpsTestClients.ConnectAsync(FtpsTestClients.Options(server, _certificate.Sha256Fingerprint));

        var entries = await client.ListAsync("/cache");
        using var downloaded = new MemoryStream();
        await client.DownloadAsync("/cache/job.gcode.3mf", downloaded);
        await client.UploadAsync(new MemoryStream(content), "/uploaded.gcode.3mf");

        client.EffectiveDataProtection.Should().Be(FtpsDataProtection.Clear);
        entries.Should().ContainSingle(e => e.Name == "job.gcode.3mf");
        downloaded.ToArray().Should().Equal(content);
        File.ReadAllBytes(Path.Combine(server.RootPath, "uploaded.gcode.3mf")).Should().Equal(content);
    }

    [Test]
    public async Task ConnectAsync_WhenPrivateDataChannelDemandedButRefused_ThrowsClearError()
    {
        using var server = VsftpdServer.Start(_certificate, forceDataTls: false, refuseProt: true);
        await using var client = new ImplicitFtpsClient(
            FtpsTestClients.Options(server, _certificate.Sha256Fingerprint, protection: FtpsDataProtection.Private));

        var connect = () => client.ConnectAsync();

        (await connect.Should().ThrowAsync<FtpsException>()).Which.ReplyCode.Should().Be(550);
    }

    [Test]
    public async Task IsConnected_WhenServerClosesIdleSession_TurnsFalseAndReconnectWorks()
    {
        using var server = VsftpdServer.Start(_certificate, idleSessionTimeoutSeconds: 2);
        await using var client = await FtpsTestClients.ConnectAsync(FtpsTestClients.Options(server, _certificate.Sha256Fingerprint));

        await WaitUntilAsync(() => !client.IsConnected, TimeSpan.FromSeconds(30));
        var list = () => client.ListAsync("/");

        (await list.Should().ThrowAsync<FtpsException>()).Which.Kind.Should().Be(FtpsErrorKind.ConnectionClosed);
        (await client.EnsureConnectedAsync()).Should().BeTrue();
        (await client.ListAsync("/")).Should().BeEmpty();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!condition())
        {
            await Task.Delay(50, cts.Token);
        }
    }
}
