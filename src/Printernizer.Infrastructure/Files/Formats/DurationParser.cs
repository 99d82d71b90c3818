using System.Globalization;
using System.Text.RegularExpressions;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Parses slicer durations: "1d 2h 3m 4s", "5m 29s", "20s" (days included) or plain integer seconds.</summary>
public static partial class DurationParser
{
    public static int? ParseSeconds(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            return plain <= int.MaxValue ? (int)plain : null;
        }

        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fractional))
        {
            return fractional <= int.MaxValue ? (int)Math.Round(fractional) : null;
        }

        var match = Pattern().Match(trimmed);
        if (!match.Success || (!match.Groups[1].Success && !match.Groups[2].Success && !match.Groups[3].Success && !match.Groups[4].Success))
        {
            return null;
        }

        long total = (Group(match, 1) * 86_400) + (Group(match, 2) * 3_600) + (Group(match, 3) * 60) + Group(match, 4);
        return total <= int.MaxValue ? (int)total : null;
    }

    private static long Group(Match match, int index) =>
        match.Groups[index].Success && long.TryParse(match.Groups[index].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? Math.Min(value, 1_000_000_000)
            : 0;

    [GeneratedRegex(@"^\s*(?:(\d{1,9})d)?\s*(?:(\d{1,9})h)?\s*(?:(\d{1,9})m)?\s*(?:(\d{1,9})s)?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
