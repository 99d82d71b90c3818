namespace Printernizer.Application.Common;

/// <summary>Europe/Berlin conversions for date filters and reports (DST-correct).</summary>
public static class BerlinTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>The UTC instant at which the Berlin calendar day <paramref name="date"/> begins.</summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }

    public static DateTimeOffset ToBerlin(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
