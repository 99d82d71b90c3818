using System.Security.Cryptography.X509Certificates;

namespace Printernizer.Ftps;

/// <summary>Settings of one <see cref="ImplicitFtpsClient"/>. For a Bambu printer: port 990, user <c>bblp</c>, password = access code.</summary>
public sealed class FtpsClientOptions
{
    /// <summary>Host name or IP of the server; the data connection also goes here (the PASV address is ignored).</summary>
    public required string Host { get; init; }

    public int Port { get; init; } = 990;

    public string UserName { get; init; } = "bblp";

    public required string Password { get; init; }

    /// <summary>
    /// Decides whether the server certificate is trusted. Platform chain/name errors are ignored:
    /// this callback is the only check (e.g. <see cref="FtpsCertificatePin.Sha256"/>).
    /// </summary>
    public required Func<X509Certificate2, bool> ValidateCertificate { get; init; }

    /// <summary>
    /// TLS target host for control and data connections (SNI and the TLS session-cache key). Give FTPS its own
    /// value that no other TLS connection to the same printer uses, so the data connection can resume the control
    /// session. Default: <c>"&lt;Host&gt;-ftps"</c>. Must be a name: .NET does not resume sessions for an IP literal or an
    /// empty target host (verified against vsftpd <c>require_ssl_reuse=YES</c>: 522 on every data connection).
    /// </summary>
    public string? TlsTargetHost { get; init; }

    public FtpsDataProtection DataProtection { get; init; } = FtpsDataProtection.Auto;

    /// <summary>TCP connect plus TLS handshake (control and data) limit.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Limit for each control reply.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Limit for each read or write on the data connection (not the whole transfer).</summary>
    public TimeSpan DataTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Limit for the final reply (226) after a transfer; printers can take 30 s or more after an upload.</summary>
    public TimeSpan TransferCompleteTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// After this long without a reply, <see cref="ImplicitFtpsClient.EnsureConnectedAsync"/> proves the session with NOOP
    /// before reusing it (printers drop idle sessions after about 5 minutes, sometimes silently).
    /// </summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Data-connection buffer size in bytes.</summary>
    public int BufferSize { get; init; } = 256 * 1024;

    /// <summary>Largest accepted LIST reply in bytes (protects memory).</summary>
    public int MaxListingBytes { get; init; } = 16 * 1024 * 1024;
}
