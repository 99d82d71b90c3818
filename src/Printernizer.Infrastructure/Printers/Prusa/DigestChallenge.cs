namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>A parsed <c>WWW-Authenticate: Digest ...</c> challenge.</summary>
internal sealed record DigestChallenge(string Realm, string Nonce, bool Stale, string? Qop, string? Opaque)
{
    /// <summary>The Digest challenge of a 401 response, or null when there is none.</summary>
    public static DigestChallenge? From(HttpResponseMessage response)
    {
        foreach (var header in response.Headers.WwwAuthenticate)
        {
            if (string.Equals(header.Scheme, "Digest", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } parameter)
            {
                var values = ParseParameters(parameter);
                if (values.TryGetValue("nonce", out var nonce) && nonce.Length > 0)
                {
                    values.TryGetValue("realm", out var realm);
                    values.TryGetValue("stale", out var stale);
                    values.TryGetValue("qop", out var qop);
                    values.TryGetValue("opaque", out var opaque);
                    return new DigestChallenge(
                        realm ?? string.Empty,
                        nonce,
                        string.Equals(stale, "true", StringComparison.OrdinalIgnoreCase),
                        qop,
                        opaque);
                }
            }
        }

        return null;
    }

    /// <summary>True when the 401 carries an <c>ApiKey</c> challenge (Buddy's answer to a wrong X-Api-Key).</summary>
    public static bool HasApiKeyChallenge(HttpResponseMessage response) =>
        response.Headers.WwwAuthenticate.Any(h => string.Equals(h.Scheme, "ApiKey", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses <c>a="x", b=y, c="z, w"</c> (quoted values may contain commas and escaped quotes).</summary>
    internal static Dictionary<string, string> ParseParameters(string parameter)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < parameter.Length)
        {
            while (i < parameter.Length && (parameter[i] == ',' || char.IsWhiteSpace(parameter[i])))
            {
                i++;
            }

            var keyStart = i;
            while (i < parameter.Length && parameter[i] != '=' && parameter[i] != ',')
            {
                i++;
            }

            var key = parameter[keyStart..i].Trim();
            if (i >= parameter.Length || parameter[i] != '=')
            {
                if (key.Length > 0)
                {
                    result[key] = string.Empty;
                }

                continue;
            }

            i++; // '='
            while (i < parameter.Length && char.IsWhiteSpace(parameter[i]))
            {
                i++;
            }

            string value;
            if (i < parameter.Length && parameter[i] == '"')
            {
                i++;
                var builder = new System.Text.StringBuilder();
                while (i < parameter.Length && parameter[i] != '"')
                {
                    if (parameter[i] == '\\' && i + 1 < parameter.Length)
                    {
                        i++;
                    }

                    builder.Append(parameter[i]);
                    i++;
                }

                i++; // closing quote
                value = builder.ToString();
            }
            else
            {
                var valueStart = i;
                while (i < parameter.Length && parameter[i] != ',')
                {
                    i++;
                }

                value = parameter[valueStart..i].Trim();
            }

            if (key.Length > 0)
            {
                result[key] = value;
            }
        }

        return result;
    }
}
