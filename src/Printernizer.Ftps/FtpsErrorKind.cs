namespace Printernizer.Ftps;

/// <summary>What went wrong in an FTPS operation, so callers can react without parsing messages.</summary>
public enum FtpsErrorKind
{
    /// <summary>TCP connect or the control TLS handshake failed (host down, port closed, TLS error).</summary>
    ConnectFailed,

    /// <summary>The server certificate was refused by the caller's validation callback (e.g. pin mismatch).</summary>
    CertificateRejected,

    /// <summary>530 after USER/PASS: wrong user name or (for Bambu) wrong access code.</summary>
    LoginRejected,

    /// <summary>550: the file or directory does not exist or may not be accessed.</summary>
    FileUnavailable,

    /// <summary>425/426/522 or a broken data connection (handshake, early end of stream, short transfer).</summary>
    DataConnection,

    /// <summary>552/553: the server could not store the file (storage full, no SD card, printer busy).</summary>
    StorageRejected,

    /// <summary>Any other negative reply (4xx/5xx) to a command.</summary>
    CommandRejected,

    /// <summary>No reply or no data within the configured timeout.</summary>
    Timeout,

    /// <summary>The server closed the control connection (421, end of stream, idle session closed).</summary>
    ConnectionClosed,

    /// <summary>The server sent something that is not FTP.</summary>
    ProtocolViolation,
}
