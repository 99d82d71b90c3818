using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Printernizer.Infrastructure.Tests.Support;

/// <summary>
/// One simulated Buddy printer (CORE One) behind <see cref="PrusaLinkSimulator"/>. All state is mutable from tests
/// and thread-safe. Answers are shaped like the fixtures in shared/fixtures/prusalink (field names, order, number
/// formats such as <c>"progress":77.00</c>, <c>storage</c> object, 204 for no job, <c>ro</c>, no size in listings).
/// Authentication as Buddy: <c>X-Api-Key</c> (wrong key → 401 <c>ApiKey realm="Printer API"</c>) or Digest with
/// user <c>maker</c>, realm <c>Printer API</c>, no qop; nonces expire (<c>stale=true</c>) and die with a reboot.
/// </summary>
public sealed class PrusaLinkSimulatorPrinter
{
    public const string Realm = "Printer API";
    private const int MaxLoggedRequests = 20_000;
    private static readonly string[] PrintableExtensions = [".g", ".gc", ".gco", ".gcode", ".bgc", ".bgcode"];

    private readonly Lock _lock = new();
    private readonly List<PrusaLinkSimulatorRequest> _requests = [];
    private readonly Dictionary<string, DateTimeOffset> _nonces = new(StringComparer.Ordinal);
    private readonly List<PrusaLinkSimulatorFile> _files = [];
    private readonly Dictionary<string, string> _folders = new(StringComparer.OrdinalIgnoreCase);
    private uint _bootRandom;
    private uint _nonceSequence;
    private DateTimeOffset _bootedAt;
    private int _treeVersion = 1;
    private int _inFlight;
    private int _maxInFlight;

    internal PrusaLinkSimulatorPrinter(int index, string apiKey)
    {
        Index = index;
        ApiKey = apiKey;
        Serial = string.Create(CultureInfo.InvariantCulture, $"10589-30{index:D2}41463712{index:D4}");
        Hostname = string.Create(CultureInfo.InvariantCulture, $"prusa-coreone-{index}");
        SeedDefaultFiles();
        Reboot();
    }

    public int Index { get; }

    /// <summary>Loopback port (set once the simulator listens; stays the same across restarts).</summary>
    public int Port { get; internal set; }

    public Uri BaseAddress => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/"));

    // ----- identity and auth -----
    public string ApiKey { get; set; }

    /// <summary>False: the printer ignores X-Api-Key and asks for Digest (to exercise the Digest fallback).</summary>
    public bool AcceptApiKey { get; set; } = true;

    /// <summary>Buddy's current firmware: 300 s.</summary>
    public TimeSpan NonceLifetime { get; set; } = TimeSpan.FromSeconds(300);

    public string Serial { get; set; }
    public string Hostname { get; set; }
    public string ApiVersion { get; set; } = "2.0.0";

    /// <summary>Buddy ≥ 6.5 sends "firmware"/"printer" in /api/version; null = omitted (6.3 shape as in the fixture).</summary>
    public string? Firmware { get; set; }
    public string? PrinterModel { get; set; }
    public double NozzleDiameter { get; set; } = 0.4;

    // ----- printer state -----
    /// <summary>IDLE, BUSY, PRINTING, PAUSED, FINISHED, STOPPED, ATTENTION, ERROR, UNKNOWN or anything else.</summary>
    public string State { get; set; } = "IDLE";
    public double TempNozzle { get; set; } = 22.0;
    public double TargetNozzle { get; set; }
    public double TempBed { get; set; } = 20.2;
    public double TargetBed { get; set; }

    /// <summary>Served as legacy <c>/api/printer</c> <c>telemetry.material</c>.</summary>
    public string Material { get; set; } = "PLA";

    public int? JobId { get; private set; }
    public PrusaLinkSimulatorFile? JobFile { get; private set; }
    public double JobProgress { get; set; }
    public int? JobTimeRemaining { get; set; }
    public int JobTimePrinting { get; set; }
    public int NextJobId { get; set; } = 929;

    /// <summary>Raw JSON served for /api/v1/status instead of the simulated state (e.g. a fixture file).</summary>
    public string? StatusBodyOverride { get; set; }

    /// <summary>Raw JSON served for /api/v1/job while a job runs (e.g. a fixture file).</summary>
    public string? JobBodyOverride { get; set; }

    // ----- faults -----
    public PrusaLinkSimulatorFault Fault { get; set; }

    /// <summary>Only paths starting with this prefix misbehave (null: all).</summary>
    public string? FaultPathPrefix { get; set; }

    public TimeSpan ResponseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Buddy disables caching of downloads; true adds an ETag and honours If-None-Match (client feature test).</summary>
    public bool DownloadETags { get; set; }

    /// <summary>Most requests this printer was answering at the same time.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>Digest challenges issued (401 answers carrying a nonce).</summary>
    public int ChallengesIssued { get; private set; }

    // ----- files -----
    public IReadOnlyList<PrusaLinkSimulatorFile> Files
    {
        get
        {
            lock (_lock)
            {
                return [.. _files];
            }
        }
    }

    public IReadOnlyList<PrusaLinkSimulatorRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public int CountRequests(string method, string pathPrefix)
    {
        lock (_lock)
        {
            return _requests.Count(r =>
                string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)
                && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));
        }
    }

    public int CountStatusCode(int statusCode)
    {
        lock (_lock)
        {
            return _requests.Count(r => r.StatusCode == statusCode);
        }
    }

    public void ClearRequests()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }

    /// <summary>New boot: nonces of the previous boot become invalid.</summary>
    public void Reboot()
    {
        lock (_lock)
        {
            _bootRandom = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
            _bootedAt = DateTimeOffset.UtcNow;
            _nonces.Clear();
        }
    }

    /// <summary>Every nonce issued so far is expired: the next Digest request gets 401 with <c>stale=true</c>.</summary>
    public void ExpireNonces()
    {
        lock (_lock)
        {
            foreach (var key in _nonces.Keys.ToList())
            {
                _nonces[key] = DateTimeOffset.MinValue;
            }
        }
    }

    public PrusaLinkSimulatorFile AddFile(string folder, string shortName, string displayName, byte[] content, byte[]? thumbnail = null)
    {
        var file = new PrusaLinkSimulatorFile
        {
            Folder = folder.Trim('/'),
            ShortName = shortName,
            DisplayName = displayName,
            Content = content,
            Thumbnail = thumbnail,
            MTimestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        lock (_lock)
        {
            EnsureFolder(file.Folder, file.Folder);
            _files.RemoveAll(f => string.Equals(f.ShortPath, file.ShortPath, StringComparison.OrdinalIgnoreCase));
            _files.Add(file);
            _treeVersion++;
        }

        return file;
    }

    /// <summary>Starts a print (PRINTING, new job id, progress 0 unless given).</summary>
    public int StartJob(PrusaLinkSimulatorFile file, double progress = 0, int? timeRemaining = null, int timePrinting = 0)
    {
        lock (_lock)
        {
            JobId = NextJobId++;
            JobFile = file;
            JobProgress = progress;
            JobTimeRemaining = timeRemaining;
            JobTimePrinting = timePrinting;
            State = "PRINTING";
            TargetNozzle = 215;
            TargetBed = 60;
            return JobId.Value;
        }
    }

    /// <summary>Starts a print of a new file with the given long name.</summary>
    public int StartJob(string displayName, double progress = 0, int? timeRemaining = null, int timePrinting = 0) =>
        StartJob(AddFile(string.Empty, ShortNameFor(string.Empty, displayName), displayName, Encoding.ASCII.GetBytes("G28\n")), progress, timeRemaining, timePrinting);

    /// <summary>The print completes: FINISHED, job gone (/api/v1/job → 204).</summary>
    public void FinishJob()
    {
        lock (_lock)
        {
            State = "FINISHED";
            JobProgress = 100;
            ClearJob();
        }
    }

    /// <summary>The print is cancelled on the printer: STOPPED, job gone.</summary>
    public void StopJob()
    {
        lock (_lock)
        {
            State = "STOPPED";
            ClearJob();
        }
    }

    private void ClearJob()
    {
        JobId = null;
        JobFile = null;
        JobTimeRemaining = null;
        TargetNozzle = 0;
        TargetBed = 0;
    }

    // ===================================================================== HTTP

    internal async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.Path + request.QueryString).ToString();
        var path = target.Split('?', 2)[0];
        var auth = "None";
        var status = 0;
        long bodyBytes = 0;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "Print-After-Upload", "Overwrite", "If-None-Match", "X-Api-Key" })
        {
            if (request.Headers.TryGetValue(name, out var value))
            {
                headers[name] = value.ToString();
            }
        }

        var inFlight = Interlocked.Increment(ref _inFlight);
        int seen;
        while (inFlight > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, inFlight, seen) != seen)
        {
        }

        try
        {
            if (target.Length > 168)
            {
                status = await ErrorAsync(context, 414, "URI Too Long", "Request-URI Too Long");
                return;
            }

            var authResult = Authenticate(context, target, out auth, headers);
            if (authResult is not null)
            {
                if (request.ContentLength > 0)
                {
                    context.Response.Headers.Connection = "close"; // Buddy closes after an error on a body request
                }

                status = await ErrorAsync(context, 401, "Unauthorized", "Unauthorized", authResult);
                return;
            }

            var fault = (FaultPathPrefix is null || path.StartsWith(FaultPathPrefix, StringComparison.Ordinal)) ? Fault : PrusaLinkSimulatorFault.None;
            switch (fault)
            {
                case PrusaLinkSimulatorFault.Slow:
                    await Task.Delay(ResponseDelay, context.RequestAborted);
                    break;
                case PrusaLinkSimulatorFault.DropConnection:
                    context.Abort();
                    return;
                case PrusaLinkSimulatorFault.ServerError:
                    status = await ErrorAsync(context, 500, "Internal Server Error", "Something went wrong");
                    return;
            }

            (status, bodyBytes) = await RouteAsync(context, request.Method, path, headers, fault == PrusaLinkSimulatorFault.MalformedJson);
        }
        catch (OperationCanceledException)
        {
            status = 0;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            lock (_lock)
            {
                if (_requests.Count >= MaxLoggedRequests)
                {
                    _requests.RemoveRange(0, MaxLoggedRequests / 2);
                }

                _requests.Add(new PrusaLinkSimulatorRequest(DateTimeOffset.UtcNow, request.Method, target, auth, status, bodyBytes, headers));
            }
        }
    }

    /// <summary>Null when authenticated, else the WWW-Authenticate value for the 401.</summary>
    private string? Authenticate(HttpContext context, string target, out string auth, Dictionary<string, string> headers)
    {
        var request = context.Request;
        if (AcceptApiKey && request.Headers.TryGetValue("X-Api-Key", out var key))
        {
            auth = "ApiKey";
            return string.Equals(key.ToString(), ApiKey, StringComparison.Ordinal) ? null : $"ApiKey realm=\"{Realm}\"";
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic", StringComparison.OrdinalIgnoreCase))
        {
            auth = "Basic";
            return NewChallenge(stale: false);
        }

        if (!authorization.StartsWith("Digest ", StringComparison.OrdinalIgnoreCase))
        {
            auth = "None";
            return NewChallenge(stale: false);
        }

        auth = "Digest";
        var values = ParseDigest(authorization["Digest ".Length..]);
        values.TryGetValue("nonce", out var nonce);
        values.TryGetValue("response", out var response);
        headers["Digest-Nonce"] = nonce ?? string.Empty;
        if (values.ContainsKey("qop") || values.ContainsKey("cnonce") || nonce is null || response is null)
        {
            return NewChallenge(stale: false); // Buddy's RFC 2069 check fails for qop digests
        }

        var ha1 = Md5($"maker:{Realm}:{ApiKey}");
        var ha2 = Md5($"{request.Method}:{target}");
        var expected = Md5($"{ha1}:{nonce}:{ha2}");
        if (!string.Equals(expected, response, StringComparison.Ordinal))
        {
            return NewChallenge(stale: false);
        }

        lock (_lock)
        {
            if (!_nonces.TryGetValue(nonce, out var issued))
            {
                return NewChallengeLocked(stale: false); // not from this boot
            }

            if (DateTimeOffset.UtcNow - issued > NonceLifetime)
            {
                return NewChallengeLocked(stale: true);
            }
        }

        return null;
    }

    private string NewChallenge(bool stale)
    {
        lock (_lock)
        {
            return NewChallengeLocked(stale);
        }
    }

    private string NewChallengeLocked(bool stale)
    {
        // Buddy: per-boot random high half, uptime seconds low half (plus a sequence here so expired nonces are never reissued).
        var uptime = (uint)Math.Max(0, (DateTimeOffset.UtcNow - _bootedAt).TotalSeconds);
        var nonce = string.Create(CultureInfo.InvariantCulture, $"{_bootRandom:x8}{(uptime << 12) + (++_nonceSequence & 0xFFF):x8}");
        _nonces[nonce] = DateTimeOffset.UtcNow;
        ChallengesIssued++;
        return $"Digest realm=\"{Realm}\", nonce=\"{nonce}\", stale={(stale ? "true" : "false")}";
    }

    private static Dictionary<string, string> ParseDigest(string parameters)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in SplitParameters(parameters))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                result[part[..eq].Trim()] = part[(eq + 1)..].Trim().Trim('"');
            }
        }

        return result;
    }

    private static IEnumerable<string> SplitParameters(string text)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ',' && !quoted)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

#pragma warning disable CA5351 // the printer's Digest uses MD5
    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351

    private async Task<(int Status, long BodyBytes)> RouteAsync(HttpContext context, string method, string path, Dictionary<string, string> headers, bool malformed)
    {
        const string files = "/api/v1/files/";
        switch (method, path)
        {
            case ("GET", "/api/version"):
                return (await JsonAsync(context, VersionJson(), malformed), 0);
            case ("GET", "/api/v1/info"):
                return (await JsonAsync(context, InfoJson(), malformed), 0);
            case ("GET", "/api/v1/status"):
                return (await JsonAsync(context, StatusBodyOverride ?? StatusJson(), malformed), 0);
            case ("GET", "/api/v1/job"):
                var job = JobJson();
                if (job is null)
                {
                    context.Response.StatusCode = 204;
                    return (204, 0);
                }

                return (await JsonAsync(context, job, malformed), 0);
            case ("GET", "/api/v1/storage"):
                return (await JsonAsync(context, """{"storage_list":[{"path":"/usb/","name":"usb","type":"USB","read_only":false,"available":true}]}""", malformed), 0);
            case ("GET", "/api/v1/transfer"):
                context.Response.StatusCode = 204;
                return (204, 0);
            case ("GET", "/api/printer"):
                return (await JsonAsync(context, LegacyPrinterJson(), malformed), 0);
        }

        if (path.StartsWith("/api/v1/job/", StringComparison.Ordinal))
        {
            return (await JobCommandAsync(context, method, path["/api/v1/job/".Length..]), 0);
        }

        if (path.StartsWith(files, StringComparison.Ordinal))
        {
            var rest = path[files.Length..];
            if (!rest.Equals("usb", StringComparison.Ordinal) && !rest.StartsWith("usb/", StringComparison.Ordinal))
            {
                return (await ErrorAsync(context, 403, "Forbidden", "Forbidden"), 0);
            }

            var relative = Uri.UnescapeDataString(rest.Length > 3 ? rest[4..] : string.Empty).Trim('/');
            if (relative.Split('/').Any(s => s == ".."))
            {
                return (await ErrorAsync(context, 400, "Bad Request", "Bad path"), 0);
            }

            return method switch
            {
                "GET" => (await GetFileOrFolderAsync(context, relative, malformed), 0),
                "HEAD" => (HeadFile(context, relative), 0),
                "PUT" => await UploadAsync(context, relative, headers),
                "POST" => (await StartPrintAsync(context, relative), 0),
                "DELETE" => (await DeleteAsync(context, relative), 0),
                _ => (await ErrorAsync(context, 405, "Method Not Allowed", "Method Not Allowed"), 0),
            };
        }

        if (method == "GET" && path.StartsWith("/usb/", StringComparison.Ordinal))
        {
            return (await DownloadAsync(context, Uri.UnescapeDataString(path[5..])), 0);
        }

        if (method == "GET" && (path.StartsWith("/thumb/l/usb/", StringComparison.Ordinal) || path.StartsWith("/thumb/s/usb/", StringComparison.Ordinal)))
        {
            return (await ThumbnailAsync(context, Uri.UnescapeDataString(path["/thumb/l/usb/".Length..]), large: path[7] == 'l'), 0);
        }

        return (await ErrorAsync(context, 404, "Not Found", "Not Found"), 0);
    }

    private async Task<int> JobCommandAsync(HttpContext context, string method, string rest)
    {
        var parts = rest.Split('/');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await ErrorAsync(context, 400, "Bad Request", "Invalid job id");
        }

        var action = parts.Length > 1 ? parts[1] : string.Empty;
        string? conflict = null;
        var allowed = true;
        var badRequest = 0;
        lock (_lock)
        {
            if (JobId != id && !(method == "GET" && action.Length == 0))
            {
                allowed = false;
            }
            else
            {
                switch (method, action)
                {
                    case ("PUT", "pause"):
                        if (State != "PRINTING")
                        {
                            conflict = "Can't pause, the printer is not printing";
                        }
                        else
                        {
                            State = "PAUSED";
                        }

                        break;
                    case ("PUT", "resume"):
                        if (State != "PAUSED")
                        {
                            conflict = "Can't resume, the print is not paused";
                        }
                        else
                        {
                            State = "PRINTING";
                        }

                        break;
                    case ("DELETE", ""):
                        if (State is not ("PRINTING" or "PAUSED" or "ATTENTION"))
                        {
                            conflict = "Can't stop, nothing is printing";
                        }
                        else
                        {
                            State = "STOPPED";
                            ClearJob();
                        }

                        break;
                    case ("PUT", "continue"):
                        badRequest = 400;
                        break;
                    default:
                        badRequest = 405;
                        break;
                }
            }
        }

        if (badRequest == 400)
        {
            return await ErrorAsync(context, 400, "Bad Request", "Not implemented");
        }

        if (badRequest == 405)
        {
            return await ErrorAsync(context, 405, "Method Not Allowed", "Method Not Allowed");
        }

        if (!allowed)
        {
            return await ErrorAsync(context, 404, "Not Found", "Job not found");
        }

        if (conflict is not null)
        {
            return await ErrorAsync(context, 409, "Conflict", conflict);
        }

        context.Response.StatusCode = 204;
        return 204;
    }

    private async Task<int> GetFileOrFolderAsync(HttpContext context, string relative, bool malformed)
    {
        string? json;
        string? etag = null;
        lock (_lock)
        {
            var folder = FindFolder(relative);
            if (folder is not null)
            {
                etag = string.Create(CultureInfo.InvariantCulture, $"\"{_treeVersion}\"");
                json = FolderJson(folder.Value.ShortPath, folder.Value.DisplayName);
            }
            else
            {
                var file = FindFile(relative);
                json = file is null ? null : FileEntryJson(file, withSize: true);
            }
        }

        if (json is null)
        {
            return await ErrorAsync(context, 404, "Not Found", "File not found");
        }

        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
            if (string.Equals(context.Request.Headers.IfNoneMatch.ToString(), etag, StringComparison.Ordinal))
            {
                context.Response.StatusCode = 304;
                return 304;
            }
        }

        return await JsonAsync(context, json, malformed);
    }

    private int HeadFile(HttpContext context, string relative)
    {
        lock (_lock)
        {
            var file = FindFile(relative);
            if (file is null)
            {
                var folder = FindFolder(relative);
                context.Response.StatusCode = folder is null ? 404 : 200;
                return context.Response.StatusCode;
            }

            context.Response.StatusCode = 200;
            context.Response.Headers["Read-Only"] = file.ReadOnly ? "true" : "false";
            context.Response.Headers["Currently-Printing"] = ReferenceEquals(JobFile, file) ? "true" : "false";
            return 200;
        }
    }

    private async Task<(int Status, long BodyBytes)> UploadAsync(HttpContext context, string relative, Dictionary<string, string> headers)
    {
        var request = context.Request;
        if (request.ContentLength is null)
        {
            return (await ErrorAsync(context, 411, "Length Required", "Length Required"), 0);
        }

        if (request.ContentLength == 0)
        {
            return (await ErrorAsync(context, 501, "Not Implemented", "Not Implemented"), 0);
        }

        var slash = relative.LastIndexOf('/');
        var folderPath = slash < 0 ? string.Empty : relative[..slash];
        var longName = slash < 0 ? relative : relative[(slash + 1)..];
        if (!PrintableExtensions.Any(e => longName.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Headers.Connection = "close";
            return (await ErrorAsync(context, 415, "Unsupported Media Type", "Not a GCODE"), 0);
        }

        var overwrite = headers.TryGetValue("Overwrite", out var ow) && ow == "?1";
        var printAfter = headers.TryGetValue("Print-After-Upload", out var pa) && pa is "?1" or "1" or "true";
        string? early = null;
        lock (_lock)
        {
            var existing = FindFile(relative);
            if (existing is not null && ReferenceEquals(existing, JobFile))
            {
                early = "File is busy";
            }
            else if (existing is not null && !overwrite)
            {
                early = "File already exists";
            }
        }

        if (early is not null)
        {
            // Buddy answers before reading the body and closes the connection.
            context.Response.Headers.Connection = "close";
            return (await ErrorAsync(context, 409, "Conflict", early), 0);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length < request.ContentLength)
        {
            return (await ErrorAsync(context, 400, "Bad Request", "Truncated body"), buffer.Length);
        }

        PrusaLinkSimulatorFile file;
        bool printRefused = false;
        lock (_lock)
        {
            var shortFolder = EnsureFolder(folderPath, folderPath);
            var existing = FindFile(relative);
            var shortName = existing?.ShortName ?? ShortNameFor(shortFolder, longName);
            _files.RemoveAll(f => ReferenceEquals(f, existing));
            file = new PrusaLinkSimulatorFile
            {
                Folder = shortFolder,
                ShortName = shortName,
                DisplayName = longName,
                Content = buffer.ToArray(),
                MTimestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                UploadHeaders = new Dictionary<string, string>(headers),
            };
            _files.Add(file);
            _treeVersion++;
            if (printAfter)
            {
                if (State is "PRINTING" or "PAUSED" or "ATTENTION" or "BUSY")
                {
                    printRefused = true;
                }
                else
                {
                    StartJob(file);
                }
            }
        }

        if (printRefused)
        {
            return (await ErrorAsync(context, 409, "Conflict", "Can't print right now"), buffer.Length);
        }

        context.Response.StatusCode = 201;
        context.Response.Headers.Connection = "close";
        string json;
        lock (_lock)
        {
            json = FileEntryJson(file, withSize: true);
        }

        await WriteJsonBodyAsync(context, json);
        return (201, buffer.Length);
    }

    private async Task<int> StartPrintAsync(HttpContext context, string relative)
    {
        string? conflict = null;
        lock (_lock)
        {
            var file = FindFile(relative);
            if (file is null)
            {
                conflict = "404";
            }
            else if (State is "PRINTING" or "PAUSED" or "ATTENTION" or "BUSY")
            {
                conflict = "Printer is busy";
            }
            else
            {
                StartJob(file);
            }
        }

        if (conflict == "404")
        {
            return await ErrorAsync(context, 404, "Not Found", "File not found");
        }

        if (conflict is not null)
        {
            return await ErrorAsync(context, 409, "Conflict", conflict);
        }

        context.Response.StatusCode = 204;
        return 204;
    }

    private async Task<int> DeleteAsync(HttpContext context, string relative)
    {
        string? error;
        lock (_lock)
        {
            var file = FindFile(relative);
            if (file is null)
            {
                error = "404";
            }
            else if (ReferenceEquals(file, JobFile))
            {
                error = "File is busy";
            }
            else
            {
                _files.Remove(file);
                _treeVersion++;
                error = null;
            }
        }

        if (error == "404")
        {
            return await ErrorAsync(context, 404, "Not Found", "File not found");
        }

        if (error is not null)
        {
            return await ErrorAsync(context, 409, "Conflict", error);
        }

        context.Response.StatusCode = 204;
        return 204;
    }

    private async Task<int> DownloadAsync(HttpContext context, string relative)
    {
        PrusaLinkSimulatorFile? file;
        lock (_lock)
        {
            file = FindFile(relative);
        }

        if (file is null)
        {
            return await ErrorAsync(context, 404, "Not Found", "File not found");
        }

        var response = context.Response;
        response.Headers.ContentDisposition = "attachment";
        if (DownloadETags)
        {
            var etag = string.Create(CultureInfo.InvariantCulture, $"\"{file.MTimestamp}-{file.Content.Length}\"");
            response.Headers.ETag = etag;
            if (string.Equals(context.Request.Headers.IfNoneMatch.ToString(), etag, StringComparison.Ordinal))
            {
                response.StatusCode = 304;
                return 304;
            }
        }
        else
        {
            response.Headers.CacheControl = "no-cache, no-store, must-revalidate";
        }

        response.StatusCode = 200;
        response.ContentType = "application/octet-stream";
        response.ContentLength = file.Content.Length;
        await response.Body.WriteAsync(file.Content, context.RequestAborted);
        return 200;
    }

    private async Task<int> ThumbnailAsync(HttpContext context, string relative, bool large)
    {
        PrusaLinkSimulatorFile? file;
        lock (_lock)
        {
            file = FindFile(relative);
        }

        var png = large ? file?.Thumbnail : file?.Icon;
        if (file is null || png is null)
        {
            return await ErrorAsync(context, 404, "Not Found", "File doesn't contain preview");
        }

        var etag = string.Create(CultureInfo.InvariantCulture, $"\"{file.MTimestamp}\"");
        context.Response.Headers.ETag = etag;
        if (string.Equals(context.Request.Headers.IfNoneMatch.ToString(), etag, StringComparison.Ordinal))
        {
            context.Response.StatusCode = 304;
            return 304;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "image/png";
        await context.Response.Body.WriteAsync(png, context.RequestAborted);
        return 200;
    }

    // ----- JSON shaped like the fixtures -----

    private static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

    private string VersionJson()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{{\"api\":\"{ApiVersion}\",\"server\":\"2.1.2\",\"nozzle_diameter\":{F(NozzleDiameter, "0.00")},\"text\":\"PrusaLink\",\"hostname\":\"{Hostname}\",");
        if (Firmware is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\"firmware\":\"{Firmware}\",");
        }

        if (PrinterModel is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\"printer\":\"{PrinterModel}\",");
        }

        sb.Append("\"capabilities\":{\"upload-by-put\":true}}");
        return sb.ToString();
    }

    private string InfoJson() =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"nozzle_diameter\":{F(NozzleDiameter, "0.00")},\"mmu\":false,\"serial\":\"{Serial}\",\"hostname\":\"{Hostname}\",\"min_extrusion_temp\":170}}");

    private string StatusJson()
    {
        lock (_lock)
        {
            var sb = new StringBuilder("{");
            if (JobId is { } id)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\"job\":{{\"id\":{id},\"progress\":{F(JobProgress, "0.00")},");
                if (JobTimeRemaining is { } remaining)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\"time_remaining\":{remaining},");
                }

                sb.Append(CultureInfo.InvariantCulture, $"\"time_printing\":{JobTimePrinting}}},");
            }

            sb.Append("\"storage\":{\"path\":\"/usb/\",\"name\":\"usb\",\"read_only\":false},");
            sb.Append(CultureInfo.InvariantCulture, $"\"printer\":{{\"state\":\"{State}\",\"temp_bed\":{F(TempBed)},\"target_bed\":{F(TargetBed)},\"temp_nozzle\":{F(TempNozzle)},\"target_nozzle\":{F(TargetNozzle)},\"axis_z\":23.2,");
            if (JobId is null)
            {
                sb.Append("\"axis_x\":241.0,\"axis_y\":170.0,");
            }

            sb.Append(JobId is null
                ? "\"flow\":100,\"speed\":100,\"fan_hotend\":0,\"fan_print\":0}}"
                : "\"flow\":100,\"speed\":100,\"fan_hotend\":8155,\"fan_print\":4337}}");
            return sb.ToString();
        }
    }

    private string? JobJson()
    {
        lock (_lock)
        {
            if (JobId is not { } id || JobFile is not { } file)
            {
                return null;
            }

            if (JobBodyOverride is not null)
            {
                return JobBodyOverride;
            }

            var state = State == "PAUSED" || State == "ATTENTION" ? "PAUSED" : State == "PRINTING" ? "PRINTING" : "ERROR";
            var remaining = JobTimeRemaining is { } r ? string.Create(CultureInfo.InvariantCulture, $"\"time_remaining\":{r},") : string.Empty;
            var folder = file.Folder.Length == 0 ? "/usb" : "/usb/" + file.Folder;
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{{\"id\":{id},\"state\":\"{state}\",\"progress\":{F(JobProgress, "0")},{remaining}\"time_printing\":{JobTimePrinting},\"file\":{{\"refs\":{Refs(file)},\"name\":\"{file.ShortName}\",\"display_name\":{JsonSerializer.Serialize(file.DisplayName)},\"path\":\"{folder}\",\"size\":{file.Content.Length},\"m_timestamp\":{file.MTimestamp}}}}}");
        }
    }

    private string LegacyPrinterJson() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"telemetry\":{{\"temp-bed\":{F(TempBed)},\"temp-nozzle\":{F(TempNozzle)},\"print-speed\":100,\"z-height\":89.3,\"material\":{JsonSerializer.Serialize(Material)}}},\"temperature\":{{\"tool0\":{{\"actual\":{F(TempNozzle)},\"target\":{F(TargetNozzle)},\"display\":0.0,\"offset\":0}},\"bed\":{{\"actual\":{F(TempBed)},\"target\":{F(TargetBed)},\"offset\":0}}}},\"state\":{{\"text\":\"Operational\",\"flags\":{{\"operational\":true,\"paused\":false,\"printing\":false,\"cancelling\":false,\"pausing\":false,\"error\":false,\"sdReady\":false,\"closedOnError\":false,\"ready\":true,\"busy\":false}}}}}}");

    private static string Refs(PrusaLinkSimulatorFile file) =>
        $"{{\"icon\":\"/thumb/s/usb/{file.ShortPath}\",\"thumbnail\":\"/thumb/l/usb/{file.ShortPath}\",\"download\":\"/usb/{file.ShortPath}\"}}";

    private static string FileEntryJson(PrusaLinkSimulatorFile file, bool withSize)
    {
        var size = withSize ? string.Create(CultureInfo.InvariantCulture, $"\"size\":{file.Content.Length},") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"name\":\"{file.ShortName}\",\"ro\":{(file.ReadOnly ? "true" : "false")},\"type\":\"PRINT_FILE\",\"m_timestamp\":{file.MTimestamp},{size}\"refs\":{Refs(file)},\"display_name\":{JsonSerializer.Serialize(file.DisplayName)}}}");
    }

    private string FolderJson(string shortPath, string displayName)
    {
        var children = new List<string>();
        foreach (var (path, display) in _folders.Where(f => f.Key.Length > 0 && ParentOf(f.Key) == shortPath).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            children.Add(string.Create(CultureInfo.InvariantCulture, $"{{\"name\":\"{NameOf(path)}\",\"ro\":false,\"type\":\"FOLDER\",\"m_timestamp\":1641284599,\"display_name\":{JsonSerializer.Serialize(display)}}}"));
        }

        foreach (var file in _files.Where(f => string.Equals(f.Folder, shortPath, StringComparison.OrdinalIgnoreCase)))
        {
            children.Add(FileEntryJson(file, withSize: false));
        }

        var name = shortPath.Length == 0 ? "usb" : NameOf(shortPath);
        var timestamp = shortPath.Length == 0 ? string.Empty : "\"m_timestamp\":1645021321,";
        _ = displayName;
        return $"{{\"type\":\"FOLDER\",\"ro\":false,{timestamp}\"name\":\"{name}\",\"children\":[{string.Join(',', children)}]}}";
    }

    private static string ParentOf(string path) => path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : string.Empty;

    private static string NameOf(string path) => path.Contains('/', StringComparison.Ordinal) ? path[(path.LastIndexOf('/') + 1)..] : path;

    private (string ShortPath, string DisplayName)? FindFolder(string relative)
    {
        if (relative.Length == 0)
        {
            return (string.Empty, "usb");
        }

        foreach (var (path, display) in _folders)
        {
            if (string.Equals(path, relative, StringComparison.OrdinalIgnoreCase)
                || string.Equals(DisplayPathOf(path), relative, StringComparison.OrdinalIgnoreCase))
            {
                return (path, display);
            }
        }

        return null;
    }

    private string DisplayPathOf(string shortPath)
    {
        var parts = new List<string>();
        var current = shortPath;
        while (current.Length > 0)
        {
            parts.Insert(0, _folders.TryGetValue(current, out var display) ? display : NameOf(current));
            current = ParentOf(current);
        }

        return string.Join('/', parts);
    }

    private PrusaLinkSimulatorFile? FindFile(string relative)
    {
        var slash = relative.LastIndexOf('/');
        var folderPart = slash < 0 ? string.Empty : relative[..slash];
        var name = slash < 0 ? relative : relative[(slash + 1)..];
        var folder = FindFolder(folderPart);
        if (folder is null)
        {
            return null;
        }

        return _files.FirstOrDefault(f =>
            string.Equals(f.Folder, folder.Value.ShortPath, StringComparison.OrdinalIgnoreCase)
            && (string.Equals(f.ShortName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(f.DisplayName, name, StringComparison.Ordinal)));
    }

    /// <summary>Creates the folders of a long-name path; returns its short-name path.</summary>
    private string EnsureFolder(string path, string displayPath)
    {
        _ = displayPath;
        if (path.Length == 0)
        {
            return string.Empty;
        }

        var existing = FindFolder(path);
        if (existing is not null)
        {
            return existing.Value.ShortPath;
        }

        var parent = EnsureFolder(ParentOf(path), ParentOf(path));
        var name = NameOf(path);
        var shortName = name.Length <= 8 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name.ToUpperInvariant() : ShortBase(name, parent) ;
        var shortPath = parent.Length == 0 ? shortName : parent + "/" + shortName;
        _folders[shortPath] = name;
        return shortPath;
    }

    private string ShortBase(string name, string parent)
    {
        var letters = new string(name.ToUpperInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(6).ToArray());
        for (var n = 1; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{letters}~{n}");
            var full = parent.Length == 0 ? candidate : parent + "/" + candidate;
            if (!_folders.ContainsKey(full))
            {
                return candidate;
            }
        }
    }

    /// <summary>8.3 name as FAT would make it: BENCHY~1.BGC.</summary>
    internal string ShortNameFor(string folder, string longName)
    {
        var dot = longName.LastIndexOf('.');
        var stem = dot > 0 ? longName[..dot] : longName;
        var extension = dot > 0 ? longName[(dot + 1)..] : string.Empty;
        var cleanStem = new string(stem.ToUpperInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray());
        var cleanExt = new string(extension.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).Take(3).ToArray());
        if (cleanStem.Length == 0)
        {
            cleanStem = "FILE";
        }

        lock (_lock)
        {
            if (cleanStem.Length <= 8 && cleanExt.Length == extension.Length && string.Equals(stem, cleanStem, StringComparison.OrdinalIgnoreCase) && extension.Length <= 3)
            {
                var plain = cleanExt.Length == 0 ? cleanStem : cleanStem + "." + cleanExt;
                if (!_files.Any(f => f.Folder == folder && string.Equals(f.ShortName, plain, StringComparison.OrdinalIgnoreCase)))
                {
                    return plain;
                }
            }

            for (var n = 1; ; n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $"~{n}");
                var candidate = cleanStem[..Math.Min(cleanStem.Length, 8 - suffix.Length)] + suffix + (cleanExt.Length == 0 ? string.Empty : "." + cleanExt);
                if (!_files.Any(f => f.Folder == folder && string.Equals(f.ShortName, candidate, StringComparison.OrdinalIgnoreCase)))
                {
                    return candidate;
                }
            }
        }
    }

    private void SeedDefaultFiles()
    {
        // The tree of the fixtures buddy_v1_files_usb_root_mini.json / buddy_v1_files_usb_folder_mini.json.
        _folders["MANUAL~1"] = "MANUAL_KIT";
        _folders["EXAMPLE"] = "Example";
        (string Short, string Long, long Time)[] files =
        [
            ("NUT_15~1.GCO", "Nut_150um_MINI_PLA_1h32m.gcode", 1591735639),
            ("PRUSA_~1.GCO", "Prusa_200um_MINI_PLA_23m.gcode", 1581556045),
            ("3DBENC~1.GCO", "3DBenchy_PLA_150um_MINI_2h.gcode", 1641284644),
            ("BUDDY_~1.GCO", "Buddy_150um_MINI_PLA_2h.gcode", 1581556082),
            ("SCREW_~1.GCO", "Screw_150um_MINI_PLA_3h27m.gcode", 1591735632),
            ("SHEEP_~1.GCO", "Sheep_pmoews_200um_MINI_PLA_2h17m.gcode", 1581556097),
            ("TREEFR~1.GCO", "Treefrog_variable_MINI_PLA_1h15m.gcode", 1581555979),
            ("WHISTL~1.GCO", "Whistle_200um_MINI_PLA_32m.gcode", 1591735507),
        ];
        foreach (var (shortName, longName, time) in files)
        {
            _files.Add(new PrusaLinkSimulatorFile
            {
                Folder = "EXAMPLE",
                ShortName = shortName,
                DisplayName = longName,
                MTimestamp = time,
                Content = Encoding.ASCII.GetBytes($"; {longName}\nG28\nG1 X10 Y10\n"),
            });
        }
    }

    private static async Task<int> JsonAsync(HttpContext context, string json, bool malformed)
    {
        context.Response.StatusCode = 200;
        await WriteJsonBodyAsync(context, malformed ? json[..(json.Length / 2)] : json);
        return 200;
    }

    private static async Task WriteJsonBodyAsync(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    /// <summary>Buddy's error body: JSON <c>{"title","message"}</c> with Accept: application/json, else text/plain.</summary>
    private static async Task<int> ErrorAsync(HttpContext context, int code, string reason, string message, string? challenge = null)
    {
        var response = context.Response;
        response.StatusCode = code;
        if (challenge is not null)
        {
            response.Headers.WWWAuthenticate = challenge;
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            return code;
        }

        var title = string.Create(CultureInfo.InvariantCulture, $"{code}: {reason}");
        if (context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            response.ContentType = "application/json";
            await response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string> { ["title"] = title, ["message"] = message }), context.RequestAborted);
        }
        else
        {
            response.ContentType = "text/plain";
            await response.WriteAsync($"{title}\n\n{message}\n", context.RequestAborted);
        }

        return code;
    }
}
