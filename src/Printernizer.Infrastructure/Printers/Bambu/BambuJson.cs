using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Printernizer.Infrastructure.Printers.Bambu;

/// <summary>
/// Lenient parsing of Bambu report payloads and tolerant value accessors (numbers as strings, type drift).
/// Invalid UTF-8 is decoded with replacement characters; invalid escapes (stray backslashes), raw control
/// characters in strings and bare words in value position (e.g. a masked <c>"ip":XXXXXX</c>) are repaired.
/// </summary>
public static class BambuJson
{
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>Parses a payload into its top-level object, or returns null when it cannot be read at all.</summary>
    public static JsonObject? ParseObject(ReadOnlySpan<byte> payload)
    {
        if (Utf8.IsValid(payload))
        {
            try
            {
                return JsonNode.Parse(payload, documentOptions: DocumentOptions) as JsonObject;
            }
            catch (JsonException)
            {
                // fall through to the repairing path
            }
        }

        var text = Encoding.UTF8.GetString(payload);
        try
        {
            return JsonNode.Parse(Repair(text), documentOptions: DocumentOptions) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Rewrites almost-JSON into JSON: escapes stray backslashes and control characters, quotes bare words.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                i = CopyString(text, i, result);
            }
            else if (c is '{' or '}' or '[' or ']' or ':' or ',' || char.IsWhiteSpace(c))
            {
                result.Append(c);
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] is not ('{' or '}' or '[' or ']' or ':' or ',' or '"') && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var token = text.AsSpan(start, i - start);
                if (token is "true" or "false" or "null" || IsJsonNumber(token))
                {
                    result.Append(token);
                }
                else
                {
                    result.Append('"');
                    AppendEscaped(result, token);
                    result.Append('"');
                }
            }
        }

        return result.ToString();
    }

    public static JsonNode? Get(this JsonObject obj, string name) => obj.TryGetPropertyValue(name, out var value) ? value : null;

    /// <summary>A JSON number or a numeric string as double.</summary>
    public static double? AsDouble(this JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.Number:
                return value.TryGetValue<double>(out var d) ? d : null;
            case JsonValueKind.String:
                var s = value.GetValue<string>().Trim();
                return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) ? parsed : null;
            case JsonValueKind.True:
                return 1;
            case JsonValueKind.False:
                return 0;
            default:
                return null;
        }
    }

    /// <summary>A JSON number or numeric string as long (fractions truncated; negative values allowed).</summary>
    public static long? AsInt64(this JsonNode? node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var l))
        {
            return l;
        }

        var d = node.AsDouble();
        return d is { } x && x >= long.MinValue && x <= long.MaxValue ? (long)x : null;
    }

    public static int? AsInt32(this JsonNode? node)
    {
        var l = node.AsInt64();
        return l is { } x && x >= int.MinValue && x <= int.MaxValue ? (int)x : null;
    }

    /// <summary>A string value, or the raw text of a number/bool.</summary>
    public static string? AsString(this JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        };
    }

    /// <summary>A hex string (with or without 0x) or a number as unsigned 64-bit (negative 32-bit values wrap to uint).</summary>
    public static ulong? AsHexUInt64(this JsonNode? node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            var l = node.AsInt64();
            return l switch
            {
                null => null,
                < 0 and >= int.MinValue => unchecked((uint)(int)l.Value),
                < 0 => unchecked((ulong)l.Value),
                _ => (ulong)l.Value,
            };
        }

        var s = node.AsString()?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }

        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..];
        }

        return ulong.TryParse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <summary>A number, or a string that is decimal digits, as unsigned 32-bit (negative 32-bit values wrap).</summary>
    public static uint? AsUInt32(this JsonNode? node)
    {
        var l = node.AsInt64();
        return l switch
        {
            null => null,
            >= int.MinValue and < 0 => unchecked((uint)(int)l.Value),
            >= 0 and <= uint.MaxValue => (uint)l.Value,
            _ => null,
        };
    }

    private static bool IsJsonNumber(ReadOnlySpan<char> token)
    {
        var i = 0;
        if (i < token.Length && token[i] == '-')
        {
            i++;
        }

        if (i >= token.Length || !char.IsAsciiDigit(token[i]))
        {
            return false;
        }

        if (token[i] == '0' && i + 1 < token.Length && char.IsAsciiDigit(token[i + 1]))
        {
            return false;
        }

        while (i < token.Length && char.IsAsciiDigit(token[i]))
        {
            i++;
        }

        if (i < token.Length && token[i] == '.')
        {
            i++;
            if (i >= token.Length || !char.IsAsciiDigit(token[i]))
            {
                return false;
            }

            while (i < token.Length && char.IsAsciiDigit(token[i]))
            {
                i++;
            }
        }

        if (i < token.Length && token[i] is 'e' or 'E')
        {
            i++;
            if (i < token.Length && token[i] is '+' or '-')
            {
                i++;
            }

            if (i >= token.Length || !char.IsAsciiDigit(token[i]))
            {
                return false;
            }

            while (i < token.Length && char.IsAsciiDigit(token[i]))
            {
                i++;
            }
        }

        return i == token.Length;
    }

    private static int CopyString(string text, int start, StringBuilder result)
    {
        result.Append('"');
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                result.Append('"');
                return i + 1;
            }

            if (c == '\\')
            {
                if (i + 1 < text.Length && text[i + 1] is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't')
                {
                    result.Append(c).Append(text[i + 1]);
                    i += 2;
                    continue;
                }

                if (i + 5 < text.Length && text[i + 1] == 'u' && !text.AsSpan(i + 2, 4).ContainsAnyExcept(HexDigits))
                {
                    result.Append(text, i, 6);
                    i += 6;
                    continue;
                }

                result.Append(@"\\");
                i++;
                continue;
            }

            if (c < ' ')
            {
                result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                result.Append(c);
            }

            i++;
        }

        // Unterminated string: close it so the parser can decide.
        result.Append('"');
        return i;
    }

    private static void AppendEscaped(StringBuilder result, ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is '"' or '\\')
            {
                result.Append('\\').Append(c);
            }
            else if (c < ' ')
            {
                result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                result.Append(c);
            }
        }
    }
}
