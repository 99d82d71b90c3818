using System.Net.Security;
using Printernizer.Infrastructure.Printers.Bambu;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Printers.Bambu;

public sealed class CertificatePinValidatorTests
{
    private const string Serial = "0309DA123456789";
    private TestCertificateAuthority _ca = null!;
    private ServerCertificate _printer = null!;
    private ServerCertificate _replacement = null!;

    [OneTimeSetUp]
    public void Issue()
    {
        _ca = new TestCertificateAuthority("BBL Test CA");
        _printer = _ca.Issue(Serial);
        _replacement = _ca.Issue(Serial);
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _printer.Dispose();
        _replacement.Dispose();
        _ca.Dispose();
    }

    [Test]
    public void Validate_WhenNoPin_AcceptsDespitePlatformErrorsAndReportsTheFingerprint()
    {
        var validator = new CertificatePinValidator(null, Serial);

        var accepted = validator.Validate(this, _printer.Certificate, null, SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch);

        accepted.Should().BeTrue();
        validator.Outcome.Should().Be(CertificatePinOutcome.FirstUse);
        validator.ObservedFingerprint.Should().Be(_printer.Sha256Fingerprint);
        validator.ObservedCommonName.Should().Be(Serial);
        validator.CreateFailure("printer").Should().BeNull();
    }

    [Test]
    public void Validate_WhenPinIsWrittenWithColonsAndLowerCase_StillMatches()
    {
        var pin = string.Join(':', _printer.Sha256Fingerprint.Chunk(2).Select(c => new string(c))).ToLowerInvariant();
        var validator = new CertificatePinValidator(pin, Serial);

        validator.Validate(this, _printer.Certificate, null, SslPolicyErrors.RemoteCertificateChainErrors).Should().BeTrue();
        validator.Outcome.Should().Be(CertificatePinOutcome.Matched);
    }

    [Test]
    public void Validate_WhenCertificateChanged_RefusesAndExplainsHowToRepin()
    {
        var validator = new CertificatePinValidator(_printer.Sha256Fingerprint, Serial);

        var accepted = validator.Validate(this, _replacement.Certificate, null, SslPolicyErrors.None);

        accepted.Should().BeFalse();
        validator.Outcome.Should().Be(CertificatePinOutcome.Mismatch);
        var failure = validator.CreateFailure("Bambu printer 'A1' at 192.168.0.98")!;
        failure.Message.Should().Contain("has changed").And.Contain(_printer.Sha256Fingerprint[..16]).And.Contain(_replacement.Sha256Fingerprint[..16]).And.Contain("re-pin");
        failure.AuthenticationFailed.Should().BeTrue();
    }

    [Test]
    public void Validate_WhenCommonNameIsAnotherSerial_Refuses()
    {
        var validator = new CertificatePinValidator(null, "0309DA000000000");

        validator.Validate(this, _printer.Certificate, null, SslPolicyErrors.None).Should().BeFalse();
        validator.Outcome.Should().Be(CertificatePinOutcome.CommonNameMismatch);
        validator.CreateFailure("printer")!.Message.Should().Contain("case-sensitive");
    }

    [Test]
    public void Validate_WhenNoCertificate_Refuses()
    {
        var validator = new CertificatePinValidator(null);

        validator.Validate(this, null, null, SslPolicyErrors.RemoteCertificateNotAvailable).Should().BeFalse();
        validator.Outcome.Should().Be(CertificatePinOutcome.NoCertificate);
    }

    [Test]
    public void Constructor_WhenPinIsNotAFingerprint_Throws()
    {
        var act = () => new CertificatePinValidator("not-a-hash");

        act.Should().Throw<ArgumentException>();
    }
}
