namespace Printernizer.Ftps;

/// <summary>A failed FTPS operation: <see cref="Kind"/> says what went wrong, <see cref="ReplyCode"/> is the server's reply code if there was one.</summary>
public sealed class FtpsException : IOException
{
    public FtpsException()
        : this(FtpsErrorKind.ProtocolViolation, null, "FTPS operation failed.")
    {
    }

    public FtpsException(string message)
        : this(FtpsErrorKind.ProtocolViolation, null, message)
    {
    }

    public FtpsException(string message, Exception innerException)
        : this(FtpsErrorKind.ProtocolViolation, null, message, innerException)
    {
    }

    public FtpsException(FtpsErrorKind kind, int? replyCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        ReplyCode = replyCode;
    }

    public FtpsErrorKind Kind { get; }

    /// <summary>The FTP reply code (e.g. 530, 550, 425), or null when the failure was not a server reply.</summary>
    public int? ReplyCode { get; }

    /// <summary>True when the data-channel TLS handshake failed (the signal for the clear-data-channel fallback).</summary>
    internal bool IsDataTlsFailure { get; init; }

    /// <summary>Maps a negative reply to an exception with a message a user can act on.</summary>
    internal static FtpsException FromReply(string command, FtpsReply reply)
    {
        var (kind, hint) = reply.Code switch
        {
            530 => (FtpsErrorKind.LoginRejected, "login rejected: wrong access code or user name"),
            550 => (FtpsErrorKind.FileUnavailable, "file or directory not found, or permission denied"),
            425 => (FtpsErrorKind.DataConnection, "cannot open data connection (another session to this server may be active)"),
            426 => (FtpsErrorKind.DataConnection, "data connection closed, transfer aborted"),
            522 => (FtpsErrorKind.DataConnection, "data connection TLS failed: session reuse required"),
            421 => (FtpsErrorKind.ConnectionClosed, "server closed the session"),
            552 or 553 => (FtpsErrorKind.StorageRejected, "server could not store the file (storage full, missing storage or busy)"),
            _ => (FtpsErrorKind.CommandRejected, "command rejected"),
        };
        return new FtpsException(kind, reply.Code, $"FTPS {command} failed with {reply.Code}: {hint} (server said: {reply.Text}).");
    }
}
