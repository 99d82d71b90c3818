using System.Globalization;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Common;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>
/// Application functions registered on every connection (<see cref="SqliteConnectionFactory"/>), used by the analytics
/// rollup (<c>job_daily_totals</c>, migration 0008):
/// <list type="bullet">
/// <item><c>pz_berlin_date(instant)</c>: the Berlin local date (<c>yyyy-MM-dd</c>) of a stored UTC instant, via the
/// IANA zone (the same conversion as <see cref="BerlinDateRange"/>); NULL for NULL.</item>
/// <item><c>pz_decimal_sum(text)</c>: aggregate, the exact <see cref="decimal"/> sum of TEXT decimals as invariant TEXT
/// (money is never summed as binary floats); NULL when every input is NULL, like <c>SUM</c>.</item>
/// </list>
/// </summary>
public static class SqliteFunctions
{
    public static void Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateFunction<string?, string?>("pz_berlin_date", BerlinDate, isDeterministic: true);
        connection.CreateAggregate<string?, DecimalSum, string?>(
            "pz_decimal_sum",
            default,
            static (sum, value) => value is null ? sum : sum.Add(ParseDecimal(value)),
            static sum => sum.Any ? sum.Value.ToString(CultureInfo.InvariantCulture) : null,
            isDeterministic: true);
    }

    /// <summary>The Berlin local date of a stored instant, <c>yyyy-MM-dd</c>.</summary>
    public static string? BerlinDate(string? instant) =>
        instant is null ? null : BerlinDateRange.LocalDateOf(StorageInstant.Parse(instant)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Accumulator of <c>pz_decimal_sum</c> (a value type: SQLite copies the seed per group).</summary>
    public readonly record struct DecimalSum(bool Any, decimal Value)
    {
        public DecimalSum Add(decimal value) => new(true, Value + value);
    }
}
