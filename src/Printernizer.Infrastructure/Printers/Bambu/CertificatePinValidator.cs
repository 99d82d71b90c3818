using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Printers.Bambu;

/// <summary>
/// Certificate pinning with trust on first use, for the Bambu printer's private-CA certificates (CN = serial,
/// no IP SANs, so platform name/chain validation cannot succeed). Use one instance per connection attempt:
/// pass <see cref="Validate"/> as the <see cref="RemoteCertificateValidationCallback"/>, then read
/// <see cref="Outcome"/>: <see cref="CertificatePinOutcome.FirstUse"/> means "store <see cref="ObservedFingerprint"/>";
/// a refused handshake is explained by <see cref="CreateFailure"/>. The pin is the SHA-256 of the DER leaf
/// certificate as 64 upper-case hex characters (<see cref="Printer.NormalizeFingerprint"/>). Shared by MQTT and FTPS.
/// </summary>
public sealed class CertificatePinValidator
{
    public CertificatePinValidator(string? pinnedFingerprint, string? expectedCommonName = null)
    {
        PinnedFingerprint = Printer.NormalizeFingerprint(pinnedFingerprint);
        if (pinnedFingerprint is not null && PinnedFingerprint is null && !string.IsNullOrWhiteSpace(pinnedFingerprint))
        {
            throw new ArgumentException("The pinned fingerprint is not a SHA-256 hex string.", nameof(pinnedFingerprint));
        }

        ExpectedCommonName = string.IsNullOrEmpty(expectedCommonName) ? null : expectedCommonName;
    }

    public string? PinnedFingerprint { get; }

    public string? ExpectedCommonName { get; }

    public string? ObservedFingerprint { get; private set; }

    public string? ObservedCommonName { get; private set; }

    public CertificatePinOutcome Outcome { get; private set; }

    /// <summary>SHA-256 of the DER certificate, 64 upper-case hex characters.</summary>
    public static string ComputeFingerprint(X509Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));
    }

    /// <summary>The validation callback. Platform chain and name errors are ignored on purpose; the pin decides.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors sslPolicyErrors)
    {
        if (certificate is null)
        {
            Outcome = CertificatePinOutcome.NoCertificate;
            return false;
        }

        ObservedFingerprint = ComputeFingerprint(certificate);
        if (certificate is X509Certificate2 x509)
        {
            ObservedCommonName = x509.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        }
        else
        {
            using var loaded = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            ObservedCommonName = loaded.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        }

        if (PinnedFingerprint is not null)
        {
            Outcome = string.Equals(PinnedFingerprint, ObservedFingerprint, StringComparison.Ordinal)
                ? CertificatePinOutcome.Matched
                : CertificatePinOutcome.Mismatch;
            return Outcome == CertificatePinOutcome.Matched;
        }

        if (ExpectedCommonName is not null && !string.Equals(ExpectedCommonName, ObservedCommonName, StringComparison.Ordinal))
        {
            Outcome = CertificatePinOutcome.CommonNameMismatch;
            return false;
        }

        Outcome = CertificatePinOutcome.FirstUse;
        return true;
    }

    /// <summary>A user-facing error for a refused certificate, or null when the certificate was not refused.</summary>
    public PrinterCommunicationException? CreateFailure(string printerDescription, Exception? innerException = null) => Outcome switch
    {
        CertificatePinOutcome.Mismatch => new PrinterCommunicationException(
            $"The TLS certificate of {printerDescription} has changed (pinned SHA-256 {Short(PinnedFingerprint)}, now {Short(ObservedFingerprint)}). "
            + "This is expected after a mainboard replacement or factory reset, but it can also mean that another device answers at this address. "
            + "If you trust the printer, re-pin its certificate in Printernizer (Printers > Re-pin certificate); the new certificate is then stored on the next connection.",
            unreachable: false,
            innerException) { AuthenticationFailed = true },
        CertificatePinOutcome.CommonNameMismatch => new PrinterCommunicationException(
            $"{printerDescription} presented a certificate for serial '{ObservedCommonName}', not '{ExpectedCommonName}'. "
            + "Check the serial number (it is case-sensitive) and the IP address.",
            unreachable: false,
            innerException) { AuthenticationFailed = true },
        CertificatePinOutcome.NoCertificate => new PrinterCommunicationException(
            $"{printerDescription} presented no TLS certificate.", unreachable: false, innerException),
        _ => null,
    };

    private static string Short(string? fingerprint) => fingerprint is null ? "?" : fingerprint[..16] + "...";
}
