using System.Security.Cryptography;
using Printernizer.Ftps;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Ftps.Tests;

/// <summary>The client against a real vsftpd set up like a Bambu printer (implicit TLS, data TLS with session reuse).</summary>
[NonParallelizable]
public sealed class ImplicitFtpsClientTests
{
    private TestCertificateAuthority _ca = null!;
    private ServerCertificate _certificate = null!;
    private VsftpdServer _server = null!;

    [OneTimeSetUp]
    public void StartServer()
    {
        _ca = new TestCertificateAuthority();
        _certificate = _ca.Issue(FtpsTestClients.Serial);
        _server = VsftpdServer.Start(_certificate);
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _server.Dispose();
        _certificate.Dispose();
        _ca.Dispose();
    }

    private FtpsClientOptions Options(string? password = null, FtpsDataProtection protection = FtpsDataProtection.Auto) =>
        FtpsTestClients.Options(_server, _certificate.Sha256Fingerprint, password ?? VsftpdServer.Password, protection);

    [Test]
    public async Task ConnectAsync_WhenServerRequiresSessionReuse_UsesAProtectedDataChannel()
    {
        // Default TlsTargetHost ("<host>-ftps"): a name, so the data connection resumes the control session.
        await using var client = await FtpsTestClients.ConnectAsync(FtpsTestClients.Options(
            _server, _certificate.Sha256Fingerprint, protection: FtpsDataProtection.Private, tlsTargetHost: null));
        _server.WriteFile("reuse/probe.txt", "hello"u8.ToArray());

        var entries = await client.ListAsync("/reuse");

        client.EffectiveDataProtection.Should().Be(FtpsDataProtection.Private);
        entries.Select(e => e.Name).Should().Equal("probe.txt");
    }

    [Test]
    public async Task ListAsync_WhenDirectoryHasHundredsOfFiles_ReturnsEveryEntry()
    {
        var names = Enumerable.Range(0, 300).Select(i => $"plate_{i:000}.gcode.3mf").ToList();
        names.AddRange(["Grüße 你好 ✓.gcode.3mf", "name with  two spaces.3mf", "Benchy – ÄÖÜ ß.gcode"]);
        foreach (var (name, index) in names.Select((n, i) => (n, i)))
        {
            _server.WriteFile(Path.Combine("tree", name), new byte[index]);
        }

        Directory.CreateDirectory(Path.Combine(_server.RootPath, "tree", "sub dir"));
        File.CreateSymbolicLink(Path.Combine(_server.RootPath, "tree", "latest"), "plate_001.gcode.3mf");
        var old = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(_server.RootPath, "tree", "plate_000.gcode.3mf"), old);
        var recent = DateTime.UtcNow.AddDays(-2);
        recent = new DateTime(recent.Year, recent.Month, recent.Day, recent.Hour, recent.Minute, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(_server.RootPath, "tree", "plate_001.gcode.3mf"), recent);
        await using var client = await FtpsTestClients.ConnectAsync(Options());

        var entries = await client.ListAsync("/tree");

        entries.Where(e => !e.IsDirectory && !e.IsSymbolicLink).Select(e => (e.Name, e.Size))
            .Should().BeEquivalentTo(names.Select((n, i) => (n, (long)i)));
        entries.Should().ContainSingle(e => e.Name == "sub dir").Which.IsDirectory.Should().BeTrue();
        entries.Should().ContainSingle(e => e.Name == "latest").Which.LinkTarget.Should().Be("plate_001.gcode.3mf");
        entries.Single(e => e.Name == "plate_000.gcode.3mf").Modified.Should().Be(new DateTimeOffset(old));
        entries.Single(e => e.Name == "plate_001.gcode.3mf").Modified.Should().Be(new DateTimeOffset(recent));
    }

    [Test]
    public async Task DownloadAsync_WhenFileIs50MB_ReportsProgressAndBytesMatch()
    {
        var content = FtpsTestClients.RandomBytes(50 * 1024 * 1024);
        _server.WriteFile("big/model.gcode.3mf", content);
        await using var client = await FtpsTestClients.ConnectAsync(Options());
        var progress = new RecordingProgress();
        using var destination = new MemoryStream();

        var received = await client.DownloadAsync("/big/model.gcode.3mf", destination, progress);

        received.Should().Be(content.Length);
        SHA256.HashData(destination.ToArray()).Should().Equal(SHA256.HashData(content));
        progress.Reports.Should().HaveCountGreaterThan(10).And.BeInAscendingOrder();
        progress.Reports[^1].Should().Be(content.Length);
    }

    [Test]
    public async Task DownloadAsync_WhenOffsetGiven_ReceivesTheRestOfTheFile()
    {
        var content = FtpsTestClients.RandomBytes(100_000);
        _server.WriteFile("rest/part.bin", content);
        await using var client = await FtpsTestClients.ConnectAsync(Options());
        using var destination = new MemoryStream();

        var received = await client.DownloadAsync("/rest/part.bin", destination, offset: 60_000);

        received.Should().Be(40_000);
        destination.ToArray().Should().Equal(content[60_000..]);
    }

    [Test]
    public async Task UploadAsync_WhenStored_ListAndSizeShowTheFileAndBytesMatch()
    {
        var content = FtpsTestClients.RandomBytes(3 * 1024 * 1024 + 17);
        await using var client = await FtpsTestClients.ConnectAsync(Options());
        var progress = new RecordingProgress();

        var sent = await client.UploadAsync(new MemoryStream(content), "/upload_test.gcode.3mf", progress);

        sent.Should().Be(content.Length);
        progress.Reports[^1].Should().Be(content.Length);
        (await client.GetSizeAsync("/upload_test.gcode.3mf")).Should().Be(content.Length);
        (await client.ListAsync("/")).Should().ContainSingle(e => e.Name == "upload_test.gcode.3mf").Which.Size.Should().Be(content.Length);
        File.ReadAllBytes(Path.Combine(_server.RootPath, "upload_test.gcode.3mf")).Should().Equal(content);
    }

    [Test]
    public async Task DeleteAsync_WhenFileExists_RemovesIt()
    {
        await using var client = await FtpsTestClients.ConnectAsync(Options());
        await client.UploadAsync(new MemoryStream("verify"u8.ToArray()), "/verify_job");

        await client.DeleteAsync("/verify_job");

        (await client.ListAsync("/")).Should().NotContain(e => e.Name == "verify_job");
        File.Exists(Path.Combine(_server.RootPath, "verify_job")).Should().BeFalse();
    }

    [Test]
    public async Task DeleteAsync_WhenFileIsMissing_Throws550AndSessionStaysUsable()
    {
        await using var client = await FtpsTestClients.ConnectAsync(Options());

        var delete = () => client.DeleteAsync("/no-such-file.3mf");

        (await delete.Should().ThrowAsync<FtpsException>())
            .Which.Should().Match<FtpsException>(e => e.ReplyCode == 550 && e.Kind == FtpsErrorKind.FileUnavailable);
        await client.NoopAsync();
        client.IsConnected.Should().BeTrue();
    }

    [Test]
    public async Task DownloadAsync_WhenFileIsMissing_Throws550NotFound()
    {
        await using var client = await FtpsTestClients.ConnectAsync(Options());
        using var destination = new MemoryStream();

        var download = () => client.DownloadAsync("/missing/plate.gcode.3mf", destination);

        var error = (await download.Should().ThrowAsync<FtpsException>()).Which;
        error.ReplyCode.Should().Be(550);
        error.Kind.Should().Be(FtpsErrorKind.FileUnavailable);
        error.Message.Should().Contain("not found");
        destination.Length.Should().Be(0);
    }

    [Test]
    public async Task ConnectAsync_WhenAccessCodeIsWrong_Throws530WrongAccessCode()
    {
        await using var client = new ImplicitFtpsClient(Options(password: "WRONG000"));

        var connect = () => client.ConnectAsync();

        var error = (await connect.Should().ThrowAsync<FtpsException>()).Which;
        error.ReplyCode.Should().Be(530);
        error.Kind.Should().Be(FtpsErrorKind.LoginRejected);
        error.Message.Should().Contain("wrong access code");
        client.IsConnected.Should().BeFalse();
    }

    [Test]
    public async Task ChangeDirectoryAsync_WhenDirectoryExists_MakesPathsRelativeToIt()
    {
        _server.WriteFile("cwd/timelapse/video.mp4", new byte[123]);
        await using var client = await FtpsTestClients.ConnectAsync(Options());

        await client.ChangeDirectoryAsync("/cwd/timelapse");
        var entries = await client.ListAsync();
        await client.CreateDirectoryAsync("thumbnail");

        (await client.GetWorkingDirectoryAsync()).Should().Be("/cwd/timelapse");
        entries.Should().ContainSingle().Which.Should().Match<FtpsListEntry>(e => e.Name == "video.mp4" && e.Size == 123);
        (await client.GetSizeAsync("video.mp4")).Should().Be(123);
        Directory.Exists(Path.Combine(_server.RootPath, "cwd", "timelapse", "thumbnail")).Should().BeTrue();
    }

    [Test]
    public async Task EnsureConnectedAsync_WhenSessionIsOpen_KeepsItAndWhenNeverOpened_Connects()
    {
        await using var fresh = new ImplicitFtpsClient(Options());

        var opened = await fresh.EnsureConnectedAsync();
        var reopened = await fresh.EnsureConnectedAsync();

        opened.Should().BeTrue();
        reopened.Should().BeFalse();
        fresh.IsConnected.Should().BeTrue();
    }

    [Test]
    public async Task ListAsync_WhenNotConnected_ThrowsConnectionClosed()
    {
        await using var client = new ImplicitFtpsClient(Options());

        var list = () => client.ListAsync();

        (await list.Should().ThrowAsync<FtpsException>()).Which.Kind.Should().Be(FtpsErrorKind.ConnectionClosed);
    }
}
