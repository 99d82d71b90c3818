using System.Globalization;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Common;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>
/// Application functions registered on every connection (<see cref="SqliteConnectionFactory"/>), used by the analytics
/// rollup (<c>job_daily_totals</c>, migration 0008):
/// <list type="bullet">
/// <item><c>pz_berlin_date(instant)</c>: the Berlin local date (<c>yyyy-MM-dd</c>) of a stored UTC instant, via the
/// IANA zone (the same conversion as <see cref="BerlinDateRange"/>); NULL for NULL.</item>
/// <item><c>pz_decimal_sum(text)</c>: aggregate, the exact <see cref="decimal"/> sum of TEXT decimals as invariant TEXT
/// (money is never summed as binary floats); NULL when every input is NULL, like <c>SUM</c>.</item>
/// <item><c>pz_cents(text)</c>: a TEXT decimal rounded to cents half-up (<see cref="Money.Round"/>); NULL for NULL.</item>
/// <item><c>pz_job_labour(category, labour)</c> and <c>pz_job_total(category, material, energy, machine, labour,
/// failure_allowance)</c>: a revision's labour and total as the job's one value (<see cref="CostBreakdown.ValueFor"/>:
/// cents, total = sum of the rounded parts, a private print without labour); NULL for NULL.</item>
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
        connection.CreateFunction<string?, string?>("pz_cents", static value => value is null ? null : Text(Money.Round(ParseDecimal(value))), isDeterministic: true);
        connection.CreateFunction<string?, string?, string?>("pz_job_labour", static (category, labour) =>
            labour is null ? null : Text(Value(category, "0", "0", "0", labour, "0").Labour), isDeterministic: true);
        connection.CreateFunction<string?, string?, string?, string?, string?, string?, string?>("pz_job_total", static (category, material, energy, machine, labour, failure) =>
            material is null || energy is null || machine is null || labour is null || failure is null
                ? null
                : Text(Value(category, material, energy, machine, labour, failure).Total), isDeterministic: true);
    }

    private static CostBreakdown Value(string? category, string material, string energy, string machine, string labour, string failure) =>
        new CostBreakdown(ParseDecimal(material), ParseDecimal(energy), ParseDecimal(machine), ParseDecimal(labour), ParseDecimal(failure), 0m, 0m, 0m)
            .ValueFor(category == "private" ? JobCategory.Private : JobCategory.Business);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

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
