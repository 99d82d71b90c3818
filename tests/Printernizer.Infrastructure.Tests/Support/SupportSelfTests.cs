using System.Net.Security;
using System.Net.Sockets;

namespace Printernizer.Infrastructure.Tests.Support;

public sealed class SupportSelfTests
{
    [Test]
    public void Issue_WhenCalled_CertificateChainsToTheTestCa()
    {
        using var ca = new TestCertificateAuthority();
        using var server = ca.Issue("01P00A123456789");

        server.Certificate.Subject.Should().Be("CN=01P00A123456789");
        server.Certificate.Issuer.Should().Be(ca.Certificate.Subject);
        server.Sha256Fingerprint.Should().MatchRegex("^[0-9A-F]{64}$");
    }

    [Test]
    public void SharedFixtures_WhenAsked_FindsTheBambuFixtures()
    {
        File.Exists(SharedFixtures.Path("bambu", "a1_idle.report_pushall.json")).Should().BeTrue();
    }

    [Test]
    public void FreeTcpPort_WhenAsked_GivesAPortNothingListensOn()
    {
        var port = FreeTcpPort.Next();
        using var client = new TcpClient();
        var connect = () => client.Connect("127.0.0.1", port);
        connect.Should().Throw<SocketException>();
        _ = SslPolicyErrors.None;
    }
}
