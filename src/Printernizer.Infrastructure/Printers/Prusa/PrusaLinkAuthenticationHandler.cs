using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>
/// Authenticates every request to a Buddy PrusaLink printer. Sends <c>X-Api-Key</c> (Auto/ApiKey) or
/// pre-authenticated HTTP Digest the way Buddy implements it: user <c>maker</c>, realm <c>Printer API</c>,
/// RFC 2069 without qop/cnonce/algorithm, never Basic.
/// <para>
/// Digest: the last challenge's nonce is cached and every request is signed up front, so a nonce costs one
/// 401, not one per request. On a 401 with a new challenge (<c>stale=true</c>, a reboot's new nonce, or no
/// nonce yet) the request is retried exactly once — but only when it has no body or a small buffered one.
/// A streamed body (upload) is never sent twice: before it a fresh nonce is fetched with an unauthenticated
/// <c>GET /api/version</c>, and a 401 on the upload itself is returned as is.
/// </para>
/// </summary>
public sealed class PrusaLinkAuthenticationHandler : DelegatingHandler
{
    public const string DigestUser = "maker";
    public const string BuddyRealm = "Printer API";
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Largest buffered body that may be sent a second time after a Digest challenge.</summary>
    public const long MaxResendableBodyBytes = 64 * 1024;

    private static readonly TimeSpan FreshNonceAge = TimeSpan.FromSeconds(2);

    private readonly string _password;
    private readonly PrusaLinkAuthMode _mode;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _lock = new();
    private DigestChallenge? _challenge;
    private long _challengeTimestamp;
    private bool _useDigest;
    private int _challengesReceived;

    public PrusaLinkAuthenticationHandler(string password, PrusaLinkAuthMode mode = PrusaLinkAuthMode.Auto, TimeProvider? timeProvider = null)
    {
        _password = password;
        _mode = mode;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _useDigest = mode == PrusaLinkAuthMode.Digest;
    }

    /// <summary>True once the handler signs requests with Digest (configured, or after the printer asked for it).</summary>
    public bool UsesDigest
    {
        get
        {
            lock (_lock)
            {
                return _useDigest;
            }
        }
    }

    /// <summary>How many Digest challenges (401s with a nonce) this handler has seen.</summary>
    public int ChallengesReceived => Volatile.Read(ref _challengesReceived);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = null;
        request.Headers.Remove(ApiKeyHeader);
        if (UsesDigest)
        {
            return await SendWithDigestAsync(request, cancellationToken);
        }

        request.Headers.TryAddWithoutValidation(ApiKeyHeader, _password);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || _mode != PrusaLinkAuthMode.Auto)
        {
            return response;
        }

        // A wrong key gets an "ApiKey" challenge: that is the answer. A Digest challenge means the printer
        // does not take the key here: switch to Digest for good (only the Buddy flavour without qop).
        var challenge = DigestChallenge.From(response);
        if (challenge is null || DigestChallenge.HasApiKeyChallenge(response) || challenge.Qop is not null)
        {
            return response;
        }

        lock (_lock)
        {
            _useDigest = true;
        }

        Remember(challenge);
        request.Headers.Remove(ApiKeyHeader);
        if (!CanResend(request))
        {
            return response;
        }

        response.Dispose();
        Sign(request, challenge);
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithDigestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var resendable = CanResend(request);
        var used = CurrentChallenge(out var age);
        if (!resendable && (used is null || age > FreshNonceAge))
        {
            await RefreshNonceAsync(request, cancellationToken);
            used = CurrentChallenge(out _);
        }

        if (used is not null)
        {
            Sign(request, used);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        var challenge = DigestChallenge.From(response);
        if (challenge is null || challenge.Qop is not null)
        {
            return response;
        }

        Remember(challenge);

        // Retry once: first contact, expired nonce, or a nonce from before a reboot. Same nonce and not stale:
        // the password is wrong, retrying cannot help.
        var retry = used is null || challenge.Stale || !string.Equals(used.Nonce, challenge.Nonce, StringComparison.Ordinal);
        if (!retry || !resendable)
        {
            return response;
        }

        response.Dispose();
        Sign(request, challenge);
        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>Asks for a new nonce with a body-less, unauthenticated request (Buddy answers 401 with a challenge).</summary>
    private async Task RefreshNonceAsync(HttpRequestMessage original, CancellationToken cancellationToken)
    {
        var uri = new Uri(original.RequestUri!, "/api/version");
        using var probe = new HttpRequestMessage(HttpMethod.Get, uri);
        probe.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await base.SendAsync(probe, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && DigestChallenge.From(response) is { Qop: null } challenge)
        {
            Remember(challenge);
        }
    }

    private DigestChallenge? CurrentChallenge(out TimeSpan age)
    {
        lock (_lock)
        {
            age = _challenge is null ? TimeSpan.MaxValue : _timeProvider.GetElapsedTime(_challengeTimestamp);
            return _challenge;
        }
    }

    private void Remember(DigestChallenge challenge)
    {
        Interlocked.Increment(ref _challengesReceived);
        lock (_lock)
        {
            _challenge = challenge;
            _challengeTimestamp = _timeProvider.GetTimestamp();
        }
    }

    private void Sign(HttpRequestMessage request, DigestChallenge challenge)
    {
        var uri = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.PathAndQuery : request.RequestUri.OriginalString;
        var realm = string.IsNullOrEmpty(challenge.Realm) ? BuddyRealm : challenge.Realm;
        var response = ComputeResponse(DigestUser, realm, _password, request.Method.Method, uri, challenge.Nonce);
        request.Headers.Remove(ApiKeyHeader);
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Digest",
            $"username=\"{DigestUser}\", realm=\"{realm}\", nonce=\"{challenge.Nonce}\", uri=\"{uri}\", response=\"{response}\"");
    }

    private static bool CanResend(HttpRequestMessage request) =>
        request.Content is null
        || (request.Content is ByteArrayContent && request.Content.Headers.ContentLength is <= MaxResendableBodyBytes);

    /// <summary>RFC 2069 digest: <c>MD5(MD5(user:realm:password):nonce:MD5(method:uri))</c>, lower-case hex.</summary>
    public static string ComputeResponse(string user, string realm, string password, string method, string uri, string nonce)
    {
        var ha1 = Md5Hex($"{user}:{realm}:{password}");
        var ha2 = Md5Hex($"{method}:{uri}");
        return Md5Hex($"{ha1}:{nonce}:{ha2}");
    }

#pragma warning disable CA5351 // MD5 is what the printer's Digest implementation requires; it protects nothing here
    private static string Md5Hex(string text) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
}
