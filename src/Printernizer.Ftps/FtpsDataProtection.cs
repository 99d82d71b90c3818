namespace Printernizer.Ftps;

/// <summary>Protection of the data channel (RFC 4217 <c>PROT</c>); the control channel is always TLS.</summary>
public enum FtpsDataProtection
{
    /// <summary>
    /// Try <c>PROT P</c>; use a clear data channel when the server refuses <c>PROT P</c>, or when the
    /// data-channel TLS handshake fails (522, handshake error or timeout) before any byte moved,
    /// in which case the session is reopened once with <c>PROT C</c> and the operation retried.
    /// </summary>
    Auto,

    /// <summary><c>PROT P</c>: TLS on the data channel, resuming the control session. Never falls back.</summary>
    Private,

    /// <summary><c>PROT C</c>: clear data channel (some Bambu A1 firmware needs it).</summary>
    Clear,
}
