using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>
/// Typed HTTP client for one printer's PrusaLink API (Buddy firmware: CORE One, MK4, XL, MINI).
/// <para>
/// One request at a time (a per-printer queue), at most <see cref="PrusaLinkClientOptions.MaxConnectionsPerServer"/>
/// connections, a timeout per request that starts once the request leaves the queue. Failures become the
/// application's exceptions: unreachable/timeouts → <see cref="PrinterCommunicationException"/> with
/// <c>Unreachable</c>; a wrong password → <see cref="PrinterCommunicationException"/> with
/// <c>AuthenticationFailed</c>; 409 → <see cref="ConflictException"/> with the printer's reason; 404 →
/// <see cref="NotFoundException"/>; 5xx and malformed JSON → <see cref="PrinterCommunicationException"/>.
/// </para>
/// Create with <see cref="Create"/> (own handler chain) or use it as a typed client over an <see cref="HttpClient"/>
/// whose primary handler comes from <see cref="CreateHandler"/>.
/// </summary>
public sealed class PrusaLinkClient : IDisposable
{
    /// <summary>Buddy rejects longer URLs with 414 (MAX_URL_LEN).</summary>
    public const int MaxUrlLength = 168;

    private const int MaxErrorBodyBytes = 4096;
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly bool _ownsHttpClient;
    private readonly PrusaLinkClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Typed-client constructor: <paramref name="httpClient"/> should use <see cref="CreateHandler"/>.</summary>
    public PrusaLinkClient(HttpClient httpClient, PrusaLinkClientOptions options, TimeProvider? timeProvider = null)
        : this(httpClient, options, timeProvider, ownsHttpClient: false)
    {
    }

    private PrusaLinkClient(HttpClient httpClient, PrusaLinkClientOptions options, TimeProvider? timeProvider, bool ownsHttpClient)
    {
        _http = httpClient;
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _ownsHttpClient = ownsHttpClient;
    }

    public Uri BaseAddress => _options.BaseAddress;

    /// <summary>"host:port" as used in messages.</summary>
    public string PrinterAddress => _options.BaseAddress.Authority;

    /// <summary>Creates a client with its own connection pool and authentication handler.</summary>
    public static PrusaLinkClient Create(PrusaLinkClientOptions options, TimeProvider? timeProvider = null)
    {
        var http = new HttpClient(CreateHandler(options, timeProvider), disposeHandler: true)
        {
            BaseAddress = options.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new PrusaLinkClient(http, options, timeProvider, ownsHttpClient: true);
    }

    /// <summary>The handler chain: <see cref="PrusaLinkAuthenticationHandler"/> over a <see cref="SocketsHttpHandler"/> tuned for Buddy.</summary>
    public static HttpMessageHandler CreateHandler(PrusaLinkClientOptions options, TimeProvider? timeProvider = null) =>
        new PrusaLinkAuthenticationHandler(options.ApiKey, options.AuthMode, timeProvider)
        {
            InnerHandler = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = Math.Clamp(options.MaxConnectionsPerServer, 1, 2),
                PooledConnectionIdleTimeout = options.PooledConnectionIdleTimeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(10),
                ConnectTimeout = options.ConnectTimeout,
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                PreAuthenticate = false,
                AutomaticDecompression = DecompressionMethods.None,
            },
        };

    public Task<PrusaLinkVersion> GetVersionAsync(CancellationToken cancellationToken) =>
        GetRequiredJsonAsync<PrusaLinkVersion>("api/version", cancellationToken);

    public Task<PrusaLinkInfo> GetInfoAsync(CancellationToken cancellationToken) =>
        GetRequiredJsonAsync<PrusaLinkInfo>("api/v1/info", cancellationToken);

    public Task<PrusaLinkStatus> GetStatusAsync(CancellationToken cancellationToken) =>
        GetRequiredJsonAsync<PrusaLinkStatus>("api/v1/status", cancellationToken);

    /// <summary>The current job, or null (204) when there is none — also right after a job ended.</summary>
    public Task<PrusaLinkJob?> GetJobAsync(CancellationToken cancellationToken) =>
        GetOptionalJsonAsync<PrusaLinkJob>("api/v1/job", cancellationToken);

    /// <summary>The running transfer, or null (204).</summary>
    public Task<PrusaLinkTransfer?> GetTransferAsync(CancellationToken cancellationToken) =>
        GetOptionalJsonAsync<PrusaLinkTransfer>("api/v1/transfer", cancellationToken);

    /// <summary>Legacy <c>GET /api/printer</c>; its <c>telemetry.material</c> is the loaded filament type.</summary>
    public Task<PrusaLinkLegacyPrinter> GetLegacyPrinterAsync(CancellationToken cancellationToken) =>
        GetRequiredJsonAsync<PrusaLinkLegacyPrinter>("api/printer", cancellationToken);

    /// <summary><c>PUT /api/v1/job/{id}/pause</c>; 409 unless PRINTING.</summary>
    public Task PauseJobAsync(int jobId, CancellationToken cancellationToken) =>
        JobCommandAsync(HttpMethod.Put, jobId, "/pause", cancellationToken);

    /// <summary><c>PUT /api/v1/job/{id}/resume</c>; 409 unless PAUSED.</summary>
    public Task ResumeJobAsync(int jobId, CancellationToken cancellationToken) =>
        JobCommandAsync(HttpMethod.Put, jobId, "/resume", cancellationToken);

    /// <summary><c>DELETE /api/v1/job/{id}</c> (stop/cancel); 409 unless PRINTING/PAUSED/ATTENTION.</summary>
    public Task StopJobAsync(int jobId, CancellationToken cancellationToken) =>
        JobCommandAsync(HttpMethod.Delete, jobId, string.Empty, cancellationToken);

    /// <summary>
    /// Lists a folder of the USB stick (<paramref name="path"/> in short names, "" for the root). With
    /// <paramref name="ifNoneMatch"/> (a previous <see cref="PrusaLinkFolderResult.ETag"/>) an unchanged folder costs a 304.
    /// </summary>
    public Task<PrusaLinkFolderResult> ListFilesAsync(string path, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        var relative = UsbFilesPath(path);
        var what = "GET /" + relative;
        return RunAsync(what, _options.RequestTimeout, async token =>
        {
            using var request = NewRequest(HttpMethod.Get, relative);
            AddIfNoneMatch(request, ifNoneMatch);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            var etag = response.Headers.ETag?.ToString();
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new PrusaLinkFolderResult(true, etag ?? ifNoneMatch, null);
            }

            await EnsureSuccessAsync(response, what, token);
            var folder = await ReadJsonAsync<PrusaLinkFile>(response, what, token);
            return new PrusaLinkFolderResult(false, etag, folder);
        }, cancellationToken);
    }

    /// <summary>One file entry, with <c>size</c> (listing children have none).</summary>
    public Task<PrusaLinkFile> GetFileAsync(string path, CancellationToken cancellationToken) =>
        GetRequiredJsonAsync<PrusaLinkFile>(UsbFilesPath(path), cancellationToken);

    /// <summary><c>HEAD</c> on a file: exists, read-only, currently printing.</summary>
    public Task<PrusaLinkFileHead> HeadFileAsync(string path, CancellationToken cancellationToken)
    {
        var relative = UsbFilesPath(path);
        var what = "HEAD /" + relative;
        return RunAsync(what, _options.RequestTimeout, async token =>
        {
            using var request = NewRequest(HttpMethod.Head, relative);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return new PrusaLinkFileHead(false, false, false);
            }

            await EnsureSuccessAsync(response, what, token);
            return new PrusaLinkFileHead(
                true,
                HeaderFlag(response, "Read-Only"),
                HeaderFlag(response, "Currently-Printing") || HeaderFlag(response, "Currently-Printed"));
        }, cancellationToken);
    }

    /// <summary>
    /// Downloads a file (use <c>refs.download</c>, e.g. <c>/usb/EXAMPLE/NUT_15~1.GCO</c>) into <paramref name="destination"/>.
    /// Sends <paramref name="ifNoneMatch"/> when given; a 304 writes nothing. The per-printer queue is held for the
    /// whole transfer (status polls wait), bounded by <see cref="PrusaLinkClientOptions.TransferTimeout"/>.
    /// </summary>
    public Task<PrusaLinkDownloadResult> DownloadAsync(string downloadRef, Stream destination, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        var relative = RefPath(downloadRef);
        var what = "GET " + relative;
        return RunAsync(what, _options.TransferTimeout, async token =>
        {
            using var request = NewRequest(HttpMethod.Get, relative);
            request.Headers.Accept.Clear();
            AddIfNoneMatch(request, ifNoneMatch);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            var etag = response.Headers.ETag?.ToString();
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new PrusaLinkDownloadResult(true, etag ?? ifNoneMatch, 0);
            }

            await EnsureSuccessAsync(response, what, token);
            await using var body = await response.Content.ReadAsStreamAsync(token);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, token)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), token);
                total += read;
            }

            if (response.Content.Headers.ContentLength is { } expected && expected != total)
            {
                throw new PrinterCommunicationException(
                    $"The download of {downloadRef} from the printer at {PrinterAddress} stopped after {total} of {expected} bytes.",
                    unreachable: true);
            }

            return new PrusaLinkDownloadResult(false, etag, total);
        }, cancellationToken);
    }

    /// <summary>A thumbnail (use <c>refs.thumbnail</c>, e.g. <c>/thumb/l/usb/BOX~1.GCO</c>); null when the file has no PNG preview (404).</summary>
    public Task<PrusaLinkThumbnail?> GetThumbnailAsync(string thumbnailRef, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        var relative = RefPath(thumbnailRef);
        var what = "GET " + relative;
        return RunAsync<PrusaLinkThumbnail?>(what, _options.RequestTimeout, async token =>
        {
            using var request = NewRequest(HttpMethod.Get, relative);
            request.Headers.Accept.Clear();
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/png"));
            AddIfNoneMatch(request, ifNoneMatch);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            var etag = response.Headers.ETag?.ToString();
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new PrusaLinkThumbnail(true, etag ?? ifNoneMatch, null, null);
            }

            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            await EnsureSuccessAsync(response, what, token);
            var bytes = await ReadBoundedAsync(response.Content, _options.MaxThumbnailBytes, what, token);
            return new PrusaLinkThumbnail(false, etag, response.Content.Headers.ContentType?.MediaType, bytes);
        }, cancellationToken);
    }

    /// <summary>
    /// Uploads <paramref name="length"/> bytes of <paramref name="content"/> to <c>/usb/&lt;path&gt;</c> (long name; missing
    /// folders are created). Sends <c>HEAD</c> first so a name clash or a file being printed is reported as
    /// <see cref="ConflictException"/> before any byte is sent. The body is sent once only (never retried).
    /// Returns the new file entry (its <c>name</c> is the short name the printer assigned) when the printer sends one.
    /// </summary>
    public async Task<PrusaLinkFile?> UploadAsync(string path, Stream content, long length, PrusaLinkUploadOptions? options, CancellationToken cancellationToken)
    {
        options ??= new PrusaLinkUploadOptions();
        if (length <= 0)
        {
            throw new BusinessRuleException("The printer does not accept empty files.");
        }

        var relative = UsbFilesPath(path);
        if (relative.Length + 1 > MaxUrlLength)
        {
            throw new BusinessRuleException(
                $"The file name is too long for the printer: its URL may have at most {MaxUrlLength} characters. Use a shorter name.");
        }

        var head = await HeadFileAsync(path, cancellationToken);
        if (head.Exists && head.CurrentlyPrinting)
        {
            throw new ConflictException($"The printer at {PrinterAddress} is printing {path}; it cannot be replaced now (File is busy).");
        }

        if (head.Exists && !options.Overwrite)
        {
            throw new ConflictException($"The printer at {PrinterAddress} already has a file named {path} (File already exists).");
        }

        var what = "PUT /" + relative;
        return await RunAsync(what, _options.TransferTimeout, async token =>
        {
            using var request = NewRequest(HttpMethod.Put, relative);
            request.Headers.TransferEncodingChunked = false;
            if (options.PrintAfterUpload)
            {
                request.Headers.TryAddWithoutValidation("Print-After-Upload", "?1");
            }

            if (options.Overwrite)
            {
                request.Headers.TryAddWithoutValidation("Overwrite", "?1");
            }

            request.Content = new StreamContent(new NonDisposingStream(content));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            request.Content.Headers.ContentLength = length;
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            await EnsureSuccessAsync(response, what, token);
            if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
            {
                return null;
            }

            try
            {
                return await ReadJsonAsync<PrusaLinkFile>(response, what, token);
            }
            catch (PrinterCommunicationException)
            {
                return null; // the file is stored; the entry is a nicety
            }
        }, cancellationToken);
    }

    /// <summary><c>POST /api/v1/files/usb/&lt;path&gt;</c>: print a file already on the printer (409 when busy).</summary>
    public Task StartPrintAsync(string path, CancellationToken cancellationToken) =>
        NoContentAsync(HttpMethod.Post, UsbFilesPath(path), null, cancellationToken);

    /// <summary><c>DELETE /api/v1/files/usb/&lt;path&gt;</c> (409 "File is busy" while printed).</summary>
    public Task DeleteFileAsync(string path, CancellationToken cancellationToken) =>
        NoContentAsync(HttpMethod.Delete, UsbFilesPath(path), null, cancellationToken);

    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _http.Dispose();
        }

        _gate.Dispose();
    }

    /// <summary>"api/v1/files/usb/A/B~1.GCO" from "A/B~1.GCO", "/usb/A/B~1.GCO" or "usb/A/...". Each segment is percent-encoded.</summary>
    internal static string UsbFilesPath(string path)
    {
        var trimmed = (path ?? string.Empty).Trim().Trim('/');
        if (trimmed.Equals("usb", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = string.Empty;
        }
        else if (trimmed.StartsWith("usb/", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        var segments = trimmed.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is ".." or "."))
        {
            throw new ArgumentException("A printer path must not contain '.' or '..' segments.", nameof(path));
        }

        var builder = new StringBuilder("api/v1/files/usb");
        foreach (var segment in segments)
        {
            builder.Append('/').Append(Uri.EscapeDataString(segment));
        }

        return builder.ToString();
    }

    private static string RefPath(string reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Contains("..", StringComparison.Ordinal) || reference.Contains("://", StringComparison.Ordinal))
        {
            throw new ArgumentException("Expected a path such as /usb/FILE~1.GCO from the printer's refs.", nameof(reference));
        }

        return reference.StartsWith('/') ? reference : "/" + reference;
    }

    private async Task JobCommandAsync(HttpMethod method, int jobId, string suffix, CancellationToken cancellationToken)
    {
        var relative = string.Create(CultureInfo.InvariantCulture, $"api/v1/job/{jobId}{suffix}");
        try
        {
            await NoContentAsync(method, relative, null, cancellationToken);
        }
        catch (NotFoundException ex)
        {
            throw new ConflictException($"Print job {jobId} is no longer the current job on the printer at {PrinterAddress}.", ex);
        }
    }

    private async Task NoContentAsync(HttpMethod method, string relative, HttpContent? content, CancellationToken cancellationToken)
    {
        var what = $"{method.Method} /{relative}";
        await RunAsync(what, _options.RequestTimeout, async token =>
        {
            using var request = NewRequest(method, relative);
            request.Content = content;
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            await EnsureSuccessAsync(response, what, token);
            return true;
        }, cancellationToken);
    }

    private async Task<T> GetRequiredJsonAsync<T>(string relative, CancellationToken cancellationToken)
        where T : class
    {
        var result = await GetJsonCoreAsync<T>(relative, noContentIsNull: false, cancellationToken);
        return result!;
    }

    private Task<T?> GetOptionalJsonAsync<T>(string relative, CancellationToken cancellationToken)
        where T : class =>
        GetJsonCoreAsync<T>(relative, noContentIsNull: true, cancellationToken);

    private Task<T?> GetJsonCoreAsync<T>(string relative, bool noContentIsNull, CancellationToken cancellationToken)
        where T : class
    {
        var what = "GET /" + relative;
        return RunAsync<T?>(what, _options.RequestTimeout, async token =>
        {
            using var request = NewRequest(HttpMethod.Get, relative);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            await EnsureSuccessAsync(response, what, token);
            if (response.StatusCode == HttpStatusCode.NoContent && noContentIsNull)
            {
                return null;
            }

            return await ReadJsonAsync<T>(response, what, token);
        }, cancellationToken);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string relative)
    {
        var request = new HttpRequestMessage(method, new Uri(_options.BaseAddress, relative));
        request.Headers.Accept.Add(Json);
        return request;
    }

    private static void AddIfNoneMatch(HttpRequestMessage request, string? etag)
    {
        if (!string.IsNullOrWhiteSpace(etag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
    }

    private static bool HeaderFlag(HttpResponseMessage response, string name) =>
        (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
        && values.Any(v => v.Trim() is "true" or "True" or "?1" or "1");

    /// <summary>Runs one exchange inside the per-printer queue with a timeout, translating transport failures.</summary>
    private async Task<T> RunAsync<T>(string what, TimeSpan timeout, Func<CancellationToken, Task<T>> exchange, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var timeoutSource = new CancellationTokenSource(timeout, _timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
            try
            {
                return await exchange(linked.Token);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new PrinterCommunicationException(
                    $"The printer at {PrinterAddress} did not answer {what} within {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s. Check that it is switched on and connected to the network.",
                    unreachable: true,
                    ex);
            }
            catch (HttpRequestException ex)
            {
                throw Transport(what, ex);
            }
            catch (IOException ex)
            {
                throw new PrinterCommunicationException(
                    $"The connection to the printer at {PrinterAddress} broke during {what}: {ex.Message}",
                    unreachable: true,
                    ex);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private PrinterCommunicationException Transport(string what, HttpRequestException ex)
    {
        var socket = FindInner<SocketException>(ex);
        var reason = socket is not null
            ? socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "the connection was refused (is PrusaLink enabled and the port right?)",
                SocketError.HostUnreachable or SocketError.NetworkUnreachable => "the address cannot be reached from this server",
                SocketError.TimedOut => "the connection attempt timed out",
                SocketError.HostNotFound or SocketError.NoData => "the host name is unknown",
                SocketError.ConnectionReset => "the printer reset the connection",
                _ => socket.Message,
            }
            : ex.HttpRequestError switch
            {
                HttpRequestError.ConnectionError => "no connection could be made",
                HttpRequestError.NameResolutionError => "the host name is unknown",
                HttpRequestError.ResponseEnded => "the printer closed the connection without an answer",
                HttpRequestError.InvalidResponse => "the answer was not valid HTTP",
                _ => ex.Message,
            };
        return new PrinterCommunicationException(
            $"The printer at {PrinterAddress} is unreachable ({what}): {reason}.",
            unreachable: true,
            ex);
    }

    private static T? FindInner<T>(Exception ex)
        where T : Exception
    {
        for (var current = ex.InnerException; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }

    private async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, string what, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await ReadBoundedAsync(response.Content, _options.MaxJsonBytes, what, cancellationToken);
        try
        {
            if (bytes.Length == 0)
            {
                throw new JsonException("the answer is empty");
            }

            return JsonSerializer.Deserialize<T>(bytes, PrusaLinkJson.Options) ?? throw new JsonException("the answer is null");
        }
        catch (JsonException ex)
        {
            throw new PrinterCommunicationException(
                $"The printer at {PrinterAddress} sent a malformed answer to {what} (not the expected PrusaLink JSON: {ex.Message}).",
                ex);
        }
    }

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, int limit, string what, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > limit)
        {
            throw new PrinterCommunicationException($"The printer at {PrinterAddress} sent a too large answer to {what} ({content.Headers.ContentLength} bytes).");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new PrinterCommunicationException($"The printer at {PrinterAddress} sent a too large answer to {what} (more than {limit} bytes).");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Maps a non-success status to the application's exceptions (304 and 2xx pass).</summary>
    private async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var code = (int)response.StatusCode;
        var reason = await ReadErrorReasonAsync(response, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                throw AuthenticationFailure(response);
            case HttpStatusCode.Forbidden when reason?.Contains("Api-Key", StringComparison.OrdinalIgnoreCase) == true:
                throw new PrinterCommunicationException(
                    $"The device at {PrinterAddress} rejected the API key ({reason}). It looks like the Raspberry Pi version of PrusaLink, which is not supported.")
                {
                    AuthenticationFailed = true,
                };
            case HttpStatusCode.Conflict:
                throw new ConflictException(reason ?? $"The printer at {PrinterAddress} refused {what} in its current state (409 Conflict).");
            case HttpStatusCode.NotFound:
                throw new NotFoundException($"The printer at {PrinterAddress} has no {what.Split(' ', 2)[^1]} (404{(reason is null ? string.Empty : ": " + reason)}).");
            default:
                var detail = reason is null ? string.Empty : ": " + reason;
                throw code >= 500
                    ? new PrinterCommunicationException($"The printer at {PrinterAddress} failed to answer {what} ({code} {response.ReasonPhrase}{detail}).")
                    : new PrinterCommunicationException($"The printer at {PrinterAddress} refused {what} ({code} {response.ReasonPhrase}{detail}).");
        }
    }

    private PrinterCommunicationException AuthenticationFailure(HttpResponseMessage response)
    {
        var digest = DigestChallenge.From(response);
        if (digest is not null && (digest.Qop is not null || string.Equals(digest.Realm, "Administrator", StringComparison.Ordinal)))
        {
            return new PrinterCommunicationException(
                $"The device at {PrinterAddress} is the Raspberry Pi version of PrusaLink (MK2.5/MK3), which asks for a user name and is not supported. Printernizer supports the PrusaLink built into CORE One, MK4, XL and MINI.")
            {
                AuthenticationFailed = true,
            };
        }

        return new PrinterCommunicationException(
            $"The printer at {PrinterAddress} rejected the API key. Enter the PrusaLink password shown on the printer under Settings > Network > PrusaLink.")
        {
            AuthenticationFailed = true,
        };
    }

    /// <summary>Buddy's error body: <c>{"title":"409: Conflict","message":"File is busy"}</c> or text <c>"409: Conflict\n\nFile is busy\n"</c>.</summary>
    private static async Task<string?> ReadErrorReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[MaxErrorBodyBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
            {
                total += read;
            }

            text = Encoding.UTF8.GetString(buffer, 0, total).Trim();
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return null;
        }

        if (text.Length == 0)
        {
            return null;
        }

        if (text.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                var root = document.RootElement;
                foreach (var name in new[] { "message", "text", "title" })
                {
                    if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } found)
                    {
                        return found.Trim();
                    }
                }
            }
            catch (JsonException)
            {
                // fall through to plain text
            }
        }

        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        var message = blank >= 0 ? text[(blank + 2)..].Trim() : text;
        return message.Length == 0 ? text.Split('\n')[0].Trim() : message;
    }

    /// <summary>Keeps the caller's stream open when the request content is disposed.</summary>
    private sealed class NonDisposingStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
