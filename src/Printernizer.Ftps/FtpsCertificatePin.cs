using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Printernizer.Ftps;

/// <summary>Ready-made certificate validators for <see cref="FtpsClientOptions.ValidateCertificate"/>.</summary>
public static class FtpsCertificatePin
{
    /// <summary>Accepts exactly the certificate whose DER SHA-256 is <paramref name="fingerprintHex"/> (hex, case and ':' ignored).</summary>
    public static Func<X509Certificate2, bool> Sha256(string fingerprintHex)
    {
        var expected = Convert.FromHexString(fingerprintHex.Replace(":", string.Empty, StringComparison.Ordinal).Trim());
        return certificate => CryptographicOperations.FixedTimeEquals(SHA256.HashData(certificate.RawData), expected);
    }

    /// <summary>Computes the pin of a certificate (64 upper-case hex characters), e.g. for trust on first use.</summary>
    public static string ComputeSha256(X509Certificate2 certificate) => Convert.ToHexString(SHA256.HashData(certificate.RawData));
}
