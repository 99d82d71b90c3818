using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Printernizer.Ftps;

/// <summary>
/// A small implicit-FTPS client (TLS from the first byte, TLS 1.2 only) for printer file storage such as Bambu Lab's
/// port 990: login, PBSZ 0 / PROT P (or clear), TYPE I, passive transfers to the control connection's host with the
/// data TLS started after the 150 reply and resuming the control session, LIST/SIZE/RETR/STOR/DELE/CWD/PWD/MKD.
/// </summary>
/// <remarks>
/// One operation at a time per client; one client per server at a time (see <see cref="FtpsSessionGate"/>).
/// Failures throw <see cref="FtpsException"/>. After a timeout, a lost connection or a failed transfer the session is
/// closed (<see cref="IsConnected"/> turns false); call <see cref="ConnectAsync"/> again to reconnect.
/// </remarks>
public sealed partial class ImplicitFtpsClient : IAsyncDisposable
{
    private const int MaxReplyLineBytes = 16 * 1024;

    private readonly FtpsClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SslClientAuthenticationOptions _tls;
    private readonly byte[] _rx = new byte[MaxReplyLineBytes];
    private int _rxStart;
    private int _rxEnd;
    private Socket? _socket;
    private SslStream? _control;
    private IPAddress? _serverAddress;
    private FtpsDataProtection _effectiveProtection = FtpsDataProtection.Private;
    private bool _fellBackToClear;
    private bool _certificateRejected;
    private string? _workingDirectory;
    private int _busy;
    private long _lastReplyTimestamp;

    /// <param name="options">Server, credentials, certificate check, timeouts.</param>
    /// <param name="timeProvider">Clock for LIST dates without a year, idle checks and stall detection (default: system).</param>
    /// <param name="logger">Optional: the command transcript at Debug (password masked), fallbacks and 522 at Warning.</param>
    public ImplicitFtpsClient(FtpsClientOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.Host);
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;

        // One options instance for the control and every data connection: the TLS session cache is keyed by these
        // settings, and vsftpd's require_ssl_reuse needs the data connection to resume the control session.
        var targetHost = options.TlsTargetHost ?? options.Host + "-ftps";
        if (targetHost.Length == 0 || IPAddress.TryParse(targetHost, out _))
        {
            _logger.LogWarning(
                "FTPS TlsTargetHost '{TargetHost}' is empty or an IP address: TLS sessions will not be resumed on data connections (522 on servers that require reuse).",
                targetHost);
        }

        _tls = new SslClientAuthenticationOptions
        {
            TargetHost = targetHost,
            EnabledSslProtocols = SslProtocols.Tls12,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            AllowTlsResume = true,
            RemoteCertificateValidationCallback = ValidateServerCertificate,
        };
    }

    /// <summary>True while the control connection is open and the server has not closed or announced closing it.</summary>
    public bool IsConnected
    {
        get
        {
            if (_control is null || _socket is null || !_socket.Connected || _rxEnd > _rxStart)
            {
                return false;
            }

            try
            {
                // Readable with nothing pending means closed; readable with data means an unsolicited reply (421).
                return !_socket.Poll(0, SelectMode.SelectRead);
            }
            catch (SocketException)
            {
                return false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// The data-channel protection in use: <see cref="FtpsDataProtection.Private"/> or <see cref="FtpsDataProtection.Clear"/>.
    /// Callers may remember it per server and pass it as <see cref="FtpsClientOptions.DataProtection"/> next time.
    /// </summary>
    public FtpsDataProtection EffectiveDataProtection => _effectiveProtection;

    /// <summary>Connects (TCP + TLS), checks the certificate, logs in and prepares binary passive transfers. Reconnects if called again.</summary>
    public Task ConnectAsync(CancellationToken cancellationToken = default) =>
        RunAsync(requireConnection: false, async ct =>
        {
            await ConnectCoreAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Connects if the session is closed (never opened, dropped by the server, or broken by a failure); if it looks open but was
    /// idle longer than <see cref="FtpsClientOptions.IdleTimeout"/>, proves it with NOOP and reconnects when that fails.
    /// Returns true when a new session was opened.
    /// </summary>
    public Task<bool> EnsureConnectedAsync(CancellationToken cancellationToken = default) =>
        RunAsync(requireConnection: false, async ct =>
        {
            if (IsConnected)
            {
                if (_timeProvider.GetElapsedTime(_lastReplyTimestamp) < _options.IdleTimeout)
                {
                    return false;
                }

                try
                {
                    await SimpleCommandCoreAsync("NOOP", 200, ct).ConfigureAwait(false);
                    return false;
                }
                catch (FtpsException)
                {
                    // stale: fall through to a fresh session
                }
            }

            await ConnectCoreAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>Lists a directory (the working directory when <paramref name="path"/> is null).</summary>
    public Task<IReadOnlyList<FtpsListEntry>> ListAsync(string? path = null, CancellationToken cancellationToken = default) =>
        RunAsync(requireConnection: true, ct => WithClearFallbackAsync(
            async t =>
            {
                var command = string.IsNullOrEmpty(path) ? "LIST" : "LIST " + CheckArgument(path);
                var (bytes, final) = await DataCommandAsync(command, ReadListingAsync, t).ConfigureAwait(false);
                EnsureCompleted(command, final);
                return FtpsListParser.Parse(Encoding.UTF8.GetString(bytes), _timeProvider.GetUtcNow());
            },
            static () => true,
            ct), cancellationToken);

    /// <summary>Size of a file in bytes (<c>SIZE</c>); 550 when it does not exist.</summary>
    public Task<long> GetSizeAsync(string path, CancellationToken cancellationToken = default) =>
        RunAsync(requireConnection: true, async ct =>
        {
            var command = "SIZE " + CheckArgument(path);
            var reply = await CommandAsync(command, ct).ConfigureAwait(false);
            return reply.Code == 213 && long.TryParse(reply.Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                ? size
                : throw FtpsException.FromReply(command, reply);
        }, cancellationToken);

    /// <summary>
    /// Downloads <paramref name="remotePath"/> into <paramref name="destination"/> (<c>RETR</c>), reporting the bytes received so far.
    /// With <paramref name="offset"/> &gt; 0 the transfer resumes there (<c>REST</c>; not every printer supports it).
    /// Succeeds only after the server's 226 and when the byte count matches <c>SIZE</c>. Returns the bytes received.
    /// </summary>
    public Task<long> DownloadAsync(
        string remotePath,
        Stream destination,
        IProgress<long>? progress = null,
        long offset = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return RunAsync(requireConnection: true, async ct =>
        {
            var path = CheckArgument(remotePath);
            var expectedSize = await TryGetSizeAsync(path, ct).ConfigureAwait(false);
            long received = 0;
            return await WithClearFallbackAsync(
                async t =>
                {
                    if (offset > 0)
                    {
                        var rest = await CommandAsync(FormattableString.Invariant($"REST {offset}"), t).ConfigureAwait(false);
                        if (rest.Code != 350)
                        {
                            throw FtpsException.FromReply("REST", rest);
                        }
                    }

                    var command = "RETR " + path;
                    var (_, final) = await DataCommandAsync(
                        command,
                        async (data, timer) =>
                        {
                            var buffer = ArrayPool<byte>.Shared.Rent(_options.BufferSize);
                            try
                            {
                                while (true)
                                {
                                    var read = await data.ReadAsync(buffer.AsMemory(0, _options.BufferSize), timer.Token).ConfigureAwait(false);
                                    timer.Touch();
                                    if (read == 0)
                                    {
                                        return received;
                                    }

                                    await destination.WriteAsync(buffer.AsMemory(0, read), timer.Caller).ConfigureAwait(false);
                                    received += read;
                                    progress?.Report(received);
                                }
                            }
                            finally
                            {
                                ArrayPool<byte>.Shared.Return(buffer);
                            }
                        },
                        t).ConfigureAwait(false);
                    EnsureCompleted(command, final);
                    if (expectedSize is { } size && offset + received != size)
                    {
                        throw new FtpsException(
                            FtpsErrorKind.DataConnection,
                            final.Code,
                            FormattableString.Invariant($"FTPS download of {path} was cut short: received {offset + received} of {size} bytes."));
                    }

                    return received;
                },
                () => received == 0,
                ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>
    /// Uploads <paramref name="source"/> (from its current position to its end) as <paramref name="remotePath"/> (<c>STOR</c>),
    /// reporting the bytes sent so far. Succeeds only after the server confirmed the transfer (226; a 426 after all
    /// bytes were sent counts as success when <c>SIZE</c> matches). Returns the bytes sent.
    /// </summary>
    public Task<long> UploadAsync(
        Stream source,
        string remotePath,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return RunAsync(requireConnection: true, async ct =>
        {
            var path = CheckArgument(remotePath);
            var start = source.CanSeek ? source.Position : -1;
            long sent = 0;
            return await WithClearFallbackAsync(
                async t =>
                {
                    if (start >= 0 && source.Position != start)
                    {
                        source.Position = start;
                    }

                    sent = 0;
                    var command = "STOR " + path;
                    var (_, final) = await DataCommandAsync(
                        command,
                        async (data, timer) =>
                        {
                            var buffer = ArrayPool<byte>.Shared.Rent(_options.BufferSize);
                            try
                            {
                                while (true)
                                {
                                    var read = await source.ReadAsync(buffer.AsMemory(0, _options.BufferSize), timer.Caller).ConfigureAwait(false);
                                    if (read == 0)
                                    {
                                        break;
                                    }

                                    await data.WriteAsync(buffer.AsMemory(0, read), timer.Token).ConfigureAwait(false);
                                    timer.Touch();
                                    sent += read;
                                    progress?.Report(sent);
                                }

                                await data.FlushAsync(timer.Token).ConfigureAwait(false);
                                if (data is SslStream ssl)
                                {
                                    // close_notify only; never wait for the server's (some printers never send it).
                                    await ssl.ShutdownAsync().WaitAsync(timer.Token).ConfigureAwait(false);
                                }

                                return sent;
                            }
                            finally
                            {
                                ArrayPool<byte>.Shared.Return(buffer);
                            }
                        },
                        t).ConfigureAwait(false);
                    if (final.Code == 426)
                    {
                        // Printers sometimes report 426 at close although every byte arrived: trust SIZE.
                        var size = await TryGetSizeAsync(path, t).ConfigureAwait(false);
                        if (size == sent)
                        {
                            return sent;
                        }
                    }

                    EnsureCompleted(command, final);
                    return sent;
                },
                () => sent == 0 || start >= 0,
                ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Deletes a file (<c>DELE</c>); 550 when it does not exist.</summary>
    public Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        SimpleCommandAsync("DELE " + CheckArgument(path), 250, cancellationToken);

    /// <summary>Creates a directory (<c>MKD</c>; optional on printers).</summary>
    public Task CreateDirectoryAsync(string path, CancellationToken cancellationToken = default) =>
        SimpleCommandAsync("MKD " + CheckArgument(path), 257, cancellationToken);

    /// <summary>Changes the working directory (<c>CWD</c>); it is restored after an internal reconnect.</summary>
    public Task ChangeDirectoryAsync(string path, CancellationToken cancellationToken = default) =>
        RunAsync(requireConnection: true, async ct =>
        {
            var command = "CWD " + CheckArgument(path);
            var reply = await CommandAsync(command, ct).ConfigureAwait(false);
            EnsureCompleted(command, reply);
            _workingDirectory = await PrintWorkingDirectoryAsync(ct).ConfigureAwait(false) ?? _workingDirectory;
            return true;
        }, cancellationToken);

    /// <summary>The working directory (<c>PWD</c>).</summary>
    public Task<string> GetWorkingDirectoryAsync(CancellationToken cancellationToken = default) =>
        RunAsync(requireConnection: true, async ct =>
            await PrintWorkingDirectoryAsync(ct).ConfigureAwait(false)
            ?? throw new FtpsException(FtpsErrorKind.ProtocolViolation, 257, "FTPS PWD reply did not contain a quoted path."), cancellationToken);

    /// <summary>Sends <c>NOOP</c> (keeps the session alive, proves it is).</summary>
    public Task NoopAsync(CancellationToken cancellationToken = default) => SimpleCommandAsync("NOOP", 200, cancellationToken);

    /// <summary>Ends the session politely (<c>QUIT</c>) and closes the connection; never throws for a dead connection.</summary>
    public async Task QuitAsync(CancellationToken cancellationToken = default)
    {
        if (_control is not null && Interlocked.Exchange(ref _busy, 1) == 0)
        {
            try
            {
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                cts.CancelAfter(TimeSpan.FromSeconds(3));
                await WriteCommandAsync("QUIT", cts.Token).ConfigureAwait(false);
                await ReadReplyAsync(cts.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // already gone
            }
            finally
            {
                Abort();
                Volatile.Write(ref _busy, 0);
            }
        }
        else
        {
            Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await QuitAsync().ConfigureAwait(false);
    }

    private async Task ConnectCoreAsync(CancellationToken ct)
    {
        Abort();
        var protection = _options.DataProtection == FtpsDataProtection.Clear || _fellBackToClear
            ? FtpsDataProtection.Clear
            : FtpsDataProtection.Private;

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using (var cts = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                cts.CancelAfter(_options.ConnectTimeout);
                try
                {
                    await socket.ConnectAsync(_options.Host, _options.Port, cts.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw new FtpsException(FtpsErrorKind.Timeout, null, $"FTPS connect to {Endpoint} timed out after {_options.ConnectTimeout.TotalSeconds:0} s.");
                }
                catch (SocketException ex)
                {
                    throw new FtpsException(FtpsErrorKind.ConnectFailed, null, $"FTPS connect to {Endpoint} failed: {ex.Message}", ex);
                }

                _serverAddress = ((IPEndPoint)socket.RemoteEndPoint!).Address;
                var ssl = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
                _socket = socket;
                _control = ssl;
                _certificateRejected = false;
                try
                {
                    await ssl.AuthenticateAsClientAsync(_tls, cts.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw new FtpsException(FtpsErrorKind.Timeout, null, $"FTPS TLS handshake with {Endpoint} timed out.");
                }
                catch (Exception ex) when (ex is AuthenticationException or IOException)
                {
                    throw _certificateRejected
                        ? new FtpsException(FtpsErrorKind.CertificateRejected, null, $"FTPS server {Endpoint} presented a certificate that is not trusted (pinned certificate differs).", ex)
                        : new FtpsException(FtpsErrorKind.ConnectFailed, null, $"FTPS TLS handshake with {Endpoint} failed: {ex.Message}", ex);
                }
            }

            var banner = await ReadReplyAsync(ct).ConfigureAwait(false);
            while (banner.IsPreliminary)
            {
                banner = await ReadReplyAsync(ct).ConfigureAwait(false);
            }

            EnsureCompleted("connect", banner);

            var user = await CommandAsync("USER " + CheckArgument(_options.UserName), ct).ConfigureAwait(false);
            if (user.IsIntermediate)
            {
                user = await CommandAsync("PASS " + CheckArgument(_options.Password), ct, logAs: "PASS ***").ConfigureAwait(false);
            }

            if (user.Code != 230 && user.Code != 202)
            {
                throw user.Code == 530
                    ? new FtpsException(FtpsErrorKind.LoginRejected, 530, $"FTPS login to {Endpoint} as '{_options.UserName}' was rejected (530): wrong access code or user name.")
                    : FtpsException.FromReply("login", user);
            }

            _effectiveProtection = await NegotiateProtectionAsync(protection, ct).ConfigureAwait(false);
            await SimpleCommandCoreAsync("TYPE I", 200, ct).ConfigureAwait(false);

            if (_workingDirectory is { } directory)
            {
                await SimpleCommandCoreAsync("CWD " + directory, 250, ct).ConfigureAwait(false);
            }
        }
        catch
        {
            Abort();
            socket.Dispose();
            throw;
        }
    }

    private async Task<FtpsDataProtection> NegotiateProtectionAsync(FtpsDataProtection wanted, CancellationToken ct)
    {
        var pbsz = await CommandAsync("PBSZ 0", ct).ConfigureAwait(false);
        if (wanted == FtpsDataProtection.Private)
        {
            var prot = pbsz.IsPositiveCompletion ? await CommandAsync("PROT P", ct).ConfigureAwait(false) : pbsz;
            if (prot.IsPositiveCompletion)
            {
                return FtpsDataProtection.Private;
            }

            if (_options.DataProtection == FtpsDataProtection.Private)
            {
                throw FtpsException.FromReply(pbsz.IsPositiveCompletion ? "PROT P" : "PBSZ 0", prot);
            }

            // Auto: the server does not offer a protected data channel.
            _logger.LogInformation("FTPS {Endpoint} refused PROT P ({Reply}); using a clear data channel (PROT C).", Endpoint, prot);
            _fellBackToClear = true;
        }

        // PROT C is the default protection level (RFC 4217), so a server that refuses PROT entirely is clear too.
        await CommandAsync("PROT C", ct).ConfigureAwait(false);
        return FtpsDataProtection.Clear;
    }

    private async Task<T> WithClearFallbackAsync<T>(Func<CancellationToken, Task<T>> operation, Func<bool> canRetry, CancellationToken ct)
    {
        try
        {
            return await operation(ct).ConfigureAwait(false);
        }
        catch (FtpsException ex) when (
            _options.DataProtection == FtpsDataProtection.Auto
            && _effectiveProtection == FtpsDataProtection.Private
            && (ex.IsDataTlsFailure || ex.ReplyCode == 522)
            && canRetry())
        {
            // The data channel does not work with TLS (some Bambu A1 firmware): reopen the session with PROT C, retry once.
            _logger.LogWarning(ex, "FTPS {Endpoint}: TLS on the data channel failed; reconnecting with a clear data channel (PROT C) and retrying once.", Endpoint);
            _fellBackToClear = true;
            await ConnectCoreAsync(ct).ConfigureAwait(false);
            return await operation(ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// PASV, plain TCP connect to the control host, data command, 150, then (PROT P) TLS resuming the control session,
    /// transfer, close, final reply. Any failure after the 150 closes the whole session.
    /// </summary>
    private async Task<(T Result, FtpsReply Final)> DataCommandAsync<T>(
        string command,
        Func<Stream, DataTimer, Task<T>> transfer,
        CancellationToken ct)
    {
        var port = await EnterPassiveModeAsync(ct).ConfigureAwait(false);
        var dataSocket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? data = null;
        try
        {
            using (var cts = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                cts.CancelAfter(_options.ConnectTimeout);
                try
                {
                    await dataSocket.ConnectAsync(new IPEndPoint(_serverAddress!, port), cts.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when ((ex is OperationCanceledException && !ct.IsCancellationRequested) || ex is SocketException)
                {
                    Abort();
                    throw new FtpsException(FtpsErrorKind.DataConnection, null, $"FTPS data connection to {_serverAddress}:{port} for {command} failed: {ex.Message}", ex);
                }
            }

            data = new NetworkStream(dataSocket, ownsSocket: true);
            var opened = await CommandAsync(command, ct).ConfigureAwait(false);
            if (opened.IsPositiveCompletion && command.StartsWith("LIST", StringComparison.Ordinal))
            {
                // Some servers answer an empty listing with 226 and never open the data connection.
                using var idle = new DataTimer(_options.DataTimeout, _timeProvider, ct);
                return (await transfer(Stream.Null, idle).ConfigureAwait(false), opened);
            }

            if (!opened.IsPreliminary)
            {
                throw FtpsException.FromReply(command, opened);
            }

            if (_effectiveProtection == FtpsDataProtection.Private)
            {
                var ssl = new SslStream(new ReadAheadStream(data, 256 * 1024), leaveInnerStreamOpen: false);
                data = ssl;
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
                cts.CancelAfter(_options.ConnectTimeout);
                try
                {
                    await ssl.AuthenticateAsClientAsync(_tls, cts.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when ((ex is OperationCanceledException && !ct.IsCancellationRequested) || ex is AuthenticationException or IOException)
                {
                    var reply = await TryReadPendingReplyAsync().ConfigureAwait(false);
                    Abort();
                    throw new FtpsException(
                        FtpsErrorKind.DataConnection,
                        reply?.Code,
                        $"FTPS data-channel TLS handshake for {command} failed{(reply is null ? string.Empty : " (server said: " + reply + ")")}: {ex.Message}",
                        ex)
                    {
                        IsDataTlsFailure = true,
                    };
                }
            }

            T result;
            using (var timer = new DataTimer(_options.DataTimeout, _timeProvider, ct))
            {
                try
                {
                    result = await transfer(data, timer).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not FtpsException and (IOException or SocketException or OperationCanceledException or AuthenticationException) && !ct.IsCancellationRequested)
                {
                    await data.DisposeAsync().ConfigureAwait(false);
                    var reply = await TryReadPendingReplyAsync().ConfigureAwait(false);
                    Abort();
                    if (reply is { } negative && negative.Code >= 400)
                    {
                        throw new FtpsException(FtpsErrorKind.DataConnection, negative.Code, $"FTPS {command} failed: {FtpsException.FromReply(command, negative).Message} ({ex.Message})", ex);
                    }

                    throw ex is OperationCanceledException
                        ? new FtpsException(FtpsErrorKind.Timeout, null, $"FTPS {command}: no data for {_options.DataTimeout.TotalSeconds:0} s; the transfer was aborted.", ex)
                        : new FtpsException(FtpsErrorKind.DataConnection, null, $"FTPS {command}: data connection broke: {ex.Message}", ex);
                }
            }

            await data.DisposeAsync().ConfigureAwait(false);
            data = null;
            var final = await ReadReplyAsync(ct, _options.TransferCompleteTimeout).ConfigureAwait(false);
            _logger.LogDebug("FTPS {Endpoint} <- {Reply}", Endpoint, final);
            if (final.Code == 522)
            {
                _logger.LogWarning("FTPS {Endpoint}: 522 after {Command}: the data connection did not resume the control TLS session (session reuse required).", Endpoint, command);
            }

            return (result, final);
        }
        finally
        {
            if (data is not null)
            {
                await data.DisposeAsync().ConfigureAwait(false);
            }

            dataSocket.Dispose();
        }
    }

    private async Task<FtpsReply?> TryReadPendingReplyAsync()
    {
        if (_control is null)
        {
            return null;
        }

        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2), _timeProvider);
            return await ReadReplyCoreAsync(cts.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException or FtpsException)
        {
            return null;
        }
    }

    private async Task<int> EnterPassiveModeAsync(CancellationToken ct)
    {
        var reply = await CommandAsync("PASV", ct).ConfigureAwait(false);
        if (reply.Code != 227)
        {
            throw FtpsException.FromReply("PASV", reply);
        }

        // The advertised address is ignored (printers send 0,0,0,0 or an internal one): only the port is used.
        var match = PasvNumbers().Match(reply.Text);
        if (!match.Success
            || !int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var high)
            || !int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var low)
            || high > 255 || low > 255 || (high << 8 | low) == 0)
        {
            throw new FtpsException(FtpsErrorKind.ProtocolViolation, 227, $"FTPS PASV reply could not be read: {reply}.");
        }

        return high << 8 | low;
    }

    private async Task<byte[]> ReadListingAsync(Stream data, DataTimer timer)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (true)
            {
                var read = await data.ReadAsync(chunk.AsMemory(0, 64 * 1024), timer.Token).ConfigureAwait(false);
                timer.Touch();
                if (read == 0)
                {
                    return buffer.ToArray();
                }

                if (buffer.Length + read > _options.MaxListingBytes)
                {
                    throw new FtpsException(FtpsErrorKind.ProtocolViolation, null, FormattableString.Invariant($"FTPS LIST reply exceeds {_options.MaxListingBytes} bytes."));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private async Task<long?> TryGetSizeAsync(string path, CancellationToken ct)
    {
        var command = "SIZE " + path;
        var reply = await CommandAsync(command, ct).ConfigureAwait(false);
        if (reply.Code == 213 && long.TryParse(reply.Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            return size;
        }

        // 550 = not there: fail early and clearly. Anything else: SIZE unsupported, carry on without the check.
        return reply.Code == 550 ? throw FtpsException.FromReply(command, reply) : null;
    }

    private async Task<string?> PrintWorkingDirectoryAsync(CancellationToken ct)
    {
        var reply = await CommandAsync("PWD", ct).ConfigureAwait(false);
        EnsureCompleted("PWD", reply);
        var text = reply.Text;
        var start = text.IndexOf('"', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var path = new StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] != '"')
            {
                path.Append(text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '"')
            {
                path.Append('"');
                i++;
            }
            else
            {
                return path.ToString();
            }
        }

        return null;
    }

    private async Task SimpleCommandAsync(string command, int expected, CancellationToken cancellationToken) =>
        await RunAsync(requireConnection: true, async ct =>
        {
            await SimpleCommandCoreAsync(command, expected, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    private async Task SimpleCommandCoreAsync(string command, int expected, CancellationToken ct)
    {
        var reply = await CommandAsync(command, ct).ConfigureAwait(false);
        if (reply.Code != expected && !reply.IsPositiveCompletion)
        {
            throw FtpsException.FromReply(command.Split(' ')[0], reply);
        }
    }

    private async Task<FtpsReply> CommandAsync(string command, CancellationToken ct, string? logAs = null)
    {
        _logger.LogDebug("FTPS {Endpoint} -> {Command}", Endpoint, logAs ?? command);
        await WriteCommandAsync(command, ct).ConfigureAwait(false);
        var reply = await ReadReplyAsync(ct).ConfigureAwait(false);
        _logger.LogDebug("FTPS {Endpoint} <- {Reply}", Endpoint, reply);
        if (reply.Code == 522)
        {
            _logger.LogWarning("FTPS {Endpoint}: 522 after {Command}: the data connection did not resume the control TLS session (session reuse required).", Endpoint, logAs ?? command);
        }

        return reply;
    }

    private async Task WriteCommandAsync(string command, CancellationToken ct)
    {
        var control = _control ?? throw NotConnected();
        var bytes = Encoding.UTF8.GetBytes(command + "\r\n");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(_options.ReplyTimeout);
        try
        {
            await control.WriteAsync(bytes, cts.Token).ConfigureAwait(false);
            await control.FlushAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Abort();
            throw new FtpsException(FtpsErrorKind.Timeout, null, $"FTPS server {Endpoint} did not accept a command within {_options.ReplyTimeout.TotalSeconds:0} s.");
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            Abort();
            throw new FtpsException(FtpsErrorKind.ConnectionClosed, null, $"FTPS connection to {Endpoint} is closed ({ex.Message}); reconnect.", ex);
        }
    }

    private async Task<FtpsReply> ReadReplyAsync(CancellationToken ct, TimeSpan? timeout = null)
    {
        var limit = timeout ?? _options.ReplyTimeout;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(limit);
        try
        {
            var reply = await ReadReplyCoreAsync(cts.Token).ConfigureAwait(false);
            _lastReplyTimestamp = _timeProvider.GetTimestamp();
            if (reply.Code == 421)
            {
                Abort();
                throw FtpsException.FromReply("session", reply);
            }

            return reply;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Abort();
            throw new FtpsException(FtpsErrorKind.Timeout, null, $"FTPS server {Endpoint} did not reply within {limit.TotalSeconds:0} s.");
        }
        catch (FtpsException)
        {
            Abort();
            throw;
        }
        catch (Exception ex) when (ex is IOException and not FtpsException or SocketException or ObjectDisposedException)
        {
            Abort();
            throw new FtpsException(FtpsErrorKind.ConnectionClosed, null, $"FTPS connection to {Endpoint} was closed by the server ({ex.Message}); reconnect.", ex);
        }
    }

    private async Task<FtpsReply> ReadReplyCoreAsync(CancellationToken ct)
    {
        var first = await ReadLineAsync(ct).ConfigureAwait(false);
        if (first.Length < 3 || !int.TryParse(first.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code < 100)
        {
            throw new FtpsException(FtpsErrorKind.ProtocolViolation, null, $"FTPS server {Endpoint} sent a line that is not an FTP reply: '{Truncate(first)}'.");
        }

        if (first.Length > 3 && first[3] == '-')
        {
            var text = new StringBuilder(first[4..]);
            var end = first[..3] + " ";
            while (true)
            {
                var line = await ReadLineAsync(ct).ConfigureAwait(false);
                if (line.StartsWith(end, StringComparison.Ordinal) || line == first[..3])
                {
                    text.Append('\n').Append(line.Length > 4 ? line[4..] : string.Empty);
                    return new FtpsReply(code, text.ToString());
                }

                if (text.Length > MaxReplyLineBytes)
                {
                    throw new FtpsException(FtpsErrorKind.ProtocolViolation, code, $"FTPS multi-line reply from {Endpoint} is too long.");
                }

                text.Append('\n').Append(line);
            }
        }

        return new FtpsReply(code, first.Length > 4 ? first[4..] : string.Empty);
    }

    private async Task<string> ReadLineAsync(CancellationToken ct)
    {
        var control = _control ?? throw NotConnected();
        while (true)
        {
            var newline = Array.IndexOf(_rx, (byte)'\n', _rxStart, _rxEnd - _rxStart);
            if (newline >= 0)
            {
                var line = Encoding.UTF8.GetString(_rx, _rxStart, newline - _rxStart).TrimEnd('\r');
                _rxStart = newline + 1;
                return line;
            }

            if (_rxStart > 0)
            {
                Buffer.BlockCopy(_rx, _rxStart, _rx, 0, _rxEnd - _rxStart);
                _rxEnd -= _rxStart;
                _rxStart = 0;
            }

            if (_rxEnd == _rx.Length)
            {
                throw new FtpsException(FtpsErrorKind.ProtocolViolation, null, $"FTPS reply line from {Endpoint} is longer than {MaxReplyLineBytes} bytes.");
            }

            var read = await control.ReadAsync(_rx.AsMemory(_rxEnd), ct).ConfigureAwait(false);
            if (read == 0)
            {
                throw new FtpsException(FtpsErrorKind.ConnectionClosed, null, $"FTPS server {Endpoint} closed the control connection; reconnect.");
            }

            _rxEnd += read;
        }
    }

    private static void EnsureCompleted(string command, FtpsReply reply)
    {
        if (!reply.IsPositiveCompletion)
        {
            throw FtpsException.FromReply(command.Split(' ')[0], reply);
        }
    }

    private async Task<T> RunAsync<T>(bool requireConnection, Func<CancellationToken, Task<T>> operation, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            throw new InvalidOperationException("ImplicitFtpsClient runs one operation at a time.");
        }

        try
        {
            if (requireConnection && _control is null)
            {
                throw NotConnected();
            }

            return await operation(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Abort(); // the session is in an unknown state mid-command
            throw;
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    private bool ValidateServerCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        // Printers use a private CA and CN = serial without IP names: the platform's errors are expected;
        // the caller's callback is the whole decision.
        if (certificate is null)
        {
            _certificateRejected = true;
            return false;
        }

        var accepted = certificate is X509Certificate2 certificate2
            ? _options.ValidateCertificate(certificate2)
            : ValidateCopy(certificate);
        _certificateRejected |= !accepted;
        return accepted;
    }

    private bool ValidateCopy(X509Certificate certificate)
    {
        using var copy = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return _options.ValidateCertificate(copy);
    }

    private void Abort()
    {
        var control = Interlocked.Exchange(ref _control, null);
        var socket = Interlocked.Exchange(ref _socket, null);
        _rxStart = _rxEnd = 0;
        control?.Dispose();
        socket?.Dispose();
    }

    private FtpsException NotConnected() =>
        new(FtpsErrorKind.ConnectionClosed, null, $"FTPS session to {Endpoint} is not connected; call ConnectAsync.");

    private string Endpoint => FormattableString.Invariant($"{_options.Host}:{_options.Port}");

    private static string CheckArgument(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return value.AsSpan().IndexOfAny('\r', '\n') >= 0
            ? throw new ArgumentException("FTP arguments must not contain line breaks.", nameof(value))
            : value;
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "...";

    [GeneratedRegex(@"\d{1,3},\d{1,3},\d{1,3},\d{1,3},(\d{1,3}),(\d{1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex PasvNumbers();

    /// <summary>
    /// Stall detection on the data connection without a timer reset per read: a periodic tick cancels
    /// <see cref="Token"/> when no read or write completed for about the data timeout.
    /// </summary>
    private sealed class DataTimer : IDisposable
    {
        private const int TicksPerTimeout = 4;
        private readonly CancellationTokenSource _cts;
        private readonly ITimer _timer;
        private long _progress;
        private long _seen;
        private int _idleTicks;

        public DataTimer(TimeSpan timeout, TimeProvider timeProvider, CancellationToken caller)
        {
            Caller = caller;
            _cts = CancellationTokenSource.CreateLinkedTokenSource(caller);
            var period = timeout / TicksPerTimeout;
            _timer = timeProvider.CreateTimer(static state => ((DataTimer)state!).Tick(), this, period, period);
        }

        public CancellationToken Caller { get; }

        public CancellationToken Token => _cts.Token;

        /// <summary>Marks progress (a read or write completed).</summary>
        public void Touch() => Volatile.Write(ref _progress, _progress + 1);

        public void Dispose()
        {
            _timer.Dispose();
            _cts.Dispose();
        }

        private void Tick()
        {
            var progress = Volatile.Read(ref _progress);
            if (progress != _seen)
            {
                _seen = progress;
                _idleTicks = 0;
            }
            else if (++_idleTicks >= TicksPerTimeout)
            {
                try
                {
                    _cts.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // finished meanwhile
                }
            }
        }
    }
}
