using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Printernizer.Infrastructure.Tests.Support;

/// <summary>
/// A throw-away CA and server certificates for the real servers the tests start (mosquitto, vsftpd).
/// Like a Bambu printer's: issued by a private CA, CN = serial, no IP names.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private readonly RSA _caKey;

    public TestCertificateAuthority(string name = "Printernizer Test CA")
    {
        _caKey = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", _caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>Issues a server certificate with the given CN and (optionally) DNS names; no IP SANs.</summary>
    public ServerCertificate Issue(string commonName, params string[] dnsNames)
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        if (dnsNames.Length > 0)
        {
            var san = new SubjectAlternativeNameBuilder();
            foreach (var dns in dnsNames)
            {
                san.AddDnsName(dns);
            }

            request.CertificateExtensions.Add(san.Build());
        }

        var serialNumber = RandomNumberGenerator.GetBytes(12);
        using var issued = request.Create(Certificate, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2), serialNumber);
        var withKey = issued.CopyWithPrivateKey(key);
        return new ServerCertificate(withKey, key);
    }

    /// <summary>Writes the CA certificate as PEM and returns the path.</summary>
    public string WriteCaPem(string directory)
    {
        var path = Path.Combine(directory, "ca.crt");
        File.WriteAllText(path, Certificate.ExportCertificatePem());
        return path;
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _caKey.Dispose();
    }
}

/// <summary>A server certificate with its private key, writable as PEM files for mosquitto/vsftpd.</summary>
public sealed class ServerCertificate(X509Certificate2 certificate, RSA key) : IDisposable
{
    public X509Certificate2 Certificate { get; } = certificate;

    /// <summary>SHA-256 of the DER certificate as 64 upper-case hex characters (what Printernizer pins).</summary>
    public string Sha256Fingerprint => Convert.ToHexString(SHA256.HashData(Certificate.RawData));

    /// <summary>Writes <c>name.crt</c> and <c>name.key</c> (PEM) into <paramref name="directory"/>; returns both paths.</summary>
    public (string CertificatePath, string KeyPath) WritePem(string directory, string name)
    {
        var certificatePath = Path.Combine(directory, name + ".crt");
        var keyPath = Path.Combine(directory, name + ".key");
        File.WriteAllText(certificatePath, Certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        key.Dispose();
    }
}

/// <summary>Free loopback TCP ports for servers the tests start.</summary>
public static class FreeTcpPort
{
    public static int Next()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
