using System.Text.RegularExpressions;

namespace Printernizer.Application.Materials;

/// <summary><c>#RRGGBB</c> / <c>#RRGGBBAA</c> colours, stored upper-case.</summary>
public static partial class ColorHex
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    public static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();

    [GeneratedRegex("^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$")]
    private static partial Regex Pattern();
}
