using System.Globalization;

namespace Printernizer.Ftps;

/// <summary>
/// Parses <c>ls -l</c> style LIST output (vsftpd, busybox): mode, links, owner, group, size, month, day, time-or-year, name.
/// The name is everything after the date (spaces kept as sent); <c>name -&gt; target</c> for symlinks.
/// Lines that do not parse (e.g. <c>total 12</c>) and the <c>.</c>/<c>..</c> entries are skipped.
/// </summary>
public static class FtpsListParser
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Parses a whole LIST reply. <paramref name="now"/> decides the year of recent (year-less) entries.</summary>
    public static IReadOnlyList<FtpsListEntry> Parse(string listing, DateTimeOffset now)
    {
        var entries = new List<FtpsListEntry>();
        foreach (var rawLine in listing.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (TryParseLine(line, now, out var entry) && entry.Name is not ("." or ".."))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>Parses one LIST line; false for lines that are not entries.</summary>
    public static bool TryParseLine(string line, DateTimeOffset now, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FtpsListEntry? entry)
    {
        entry = null;
        var tokens = Tokenize(line, 9);
        if (tokens.Count < 5 || tokens[0].Length < 2 || "-dlbcps".IndexOf(line[tokens[0].Start], StringComparison.Ordinal) < 0)
        {
            return false;
        }

        // Find "<size> <Mon> <day> <HH:MM|YYYY> <name>": tolerant of missing link/owner/group columns.
        for (var i = 2; i + 3 < tokens.Count; i++)
        {
            var month = Array.IndexOf(Months, line.Substring(tokens[i].Start, tokens[i].Length));
            if (month < 0
                || !long.TryParse(Slice(line, tokens[i - 1]), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                || !int.TryParse(Slice(line, tokens[i + 1]), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                || day is < 1 or > 31
                || !TryParseTimeOrYear(Slice(line, tokens[i + 2]), out var hour, out var minute, out var year))
            {
                continue;
            }

            var nameStart = tokens[i + 2].Start + tokens[i + 2].Length + 1;
            if (nameStart >= line.Length)
            {
                return false;
            }

            var name = line[nameStart..];
            string? target = null;
            var type = line[tokens[0].Start];
            if (type == 'l')
            {
                var arrow = name.IndexOf(" -> ", StringComparison.Ordinal);
                if (arrow >= 0)
                {
                    target = name[(arrow + 4)..];
                    name = name[..arrow];
                }
            }

            var modified = year is null
                ? RecentDate(now, month + 1, day, hour, minute)
                : SafeDate(year.Value, month + 1, day, 0, 0);
            if (modified is null)
            {
                return false;
            }

            entry = new FtpsListEntry(name, size, modified.Value, type == 'd', type == 'l', target);
            return true;
        }

        return false;
    }

    private static DateTimeOffset? RecentDate(DateTimeOffset now, int month, int day, int hour, int minute)
    {
        // "Mon DD HH:MM" is within the last six months: this year, or last year if that would be in the future
        // (a day of slack because the printer's clock zone is unknown).
        var utcNow = now.ToUniversalTime();
        var candidate = SafeDate(utcNow.Year, month, day, hour, minute);
        if (candidate is null || candidate.Value > utcNow.AddDays(1))
        {
            candidate = SafeDate(utcNow.Year - 1, month, day, hour, minute) ?? candidate;
        }

        return candidate;
    }

    private static DateTimeOffset? SafeDate(int year, int month, int day, int hour, int minute)
    {
        if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
    }

    private static bool TryParseTimeOrYear(ReadOnlySpan<char> text, out int hour, out int minute, out int? year)
    {
        hour = minute = 0;
        year = null;
        var colon = text.IndexOf(':');
        if (colon > 0)
        {
            return int.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
                && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minute);
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            year = y;
            return true;
        }

        return false;
    }

    private static ReadOnlySpan<char> Slice(string line, (int Start, int Length) token) => line.AsSpan(token.Start, token.Length);

    private static List<(int Start, int Length)> Tokenize(string line, int max)
    {
        var tokens = new List<(int Start, int Length)>(max);
        var i = 0;
        while (i < line.Length && tokens.Count < max)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add((start, i - start));
            }
        }

        return tokens;
    }
}
