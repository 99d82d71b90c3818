using System.Globalization;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>Fast reading of stored instants (hot paths: exports, SQL functions).</summary>
public static class StorageInstant
{
    /// <summary>
    /// An instant in the storage format <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c> (see <see cref="DapperTypeHandlers.ToText"/>)
    /// parsed digit by digit; any other shape goes through the general parser.
    /// </summary>
    public static DateTimeOffset Parse(string text) => Parse(text.AsSpan());

    /// <inheritdoc cref="Parse(string)"/>
    public static DateTimeOffset Parse(ReadOnlySpan<char> text)
    {
        if (text.Length == 28 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':'
            && text[19] == '.' && text[27] == 'Z'
            && TryDigits(text, 0, 4, out var year) && TryDigits(text, 5, 2, out var month) && TryDigits(text, 8, 2, out var day)
            && TryDigits(text, 11, 2, out var hour) && TryDigits(text, 14, 2, out var minute) && TryDigits(text, 17, 2, out var second)
            && TryDigits(text, 20, 7, out var fraction)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && hour < 24 && minute < 60 && second < 60)
        {
            var ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fraction;
            return new DateTimeOffset(ticks, TimeSpan.Zero);
        }

        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
