using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>
/// Storage conventions: Guid as lower-case text, DateTimeOffset as UTC ISO-8601 text with 7 fractional digits
/// (fixed width, so text order is time order), enums as snake_case text (see <see cref="EnumText"/>).
/// </summary>
public static class DapperTypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        SqlMapper.RemoveTypeMap(typeof(Guid));
        SqlMapper.RemoveTypeMap(typeof(Guid?));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new GuidHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
    }

    /// <summary>The storage text of an instant: <c>2026-11-21T09:30:00.0000000Z</c>.</summary>
    public static string ToText(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads a stored instant (fast path for the storage format in <see cref="StorageInstant"/>).</summary>
    public static DateTimeOffset ParseInstant(string text) => StorageInstant.Parse(text);

    private sealed class GuidHandler : SqlMapper.TypeHandler<Guid>
    {
        public override void SetValue(IDbDataParameter parameter, Guid value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString("D");
        }

        public override Guid Parse(object value) => value switch
        {
            string s => Guid.Parse(s),
            byte[] b => new Guid(b),
            _ => throw new DataException($"Cannot read a Guid from {value.GetType().Name}."),
        };
    }

    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = ToText(value);
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            string s => ParseInstant(s),
            DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
            _ => throw new DataException($"Cannot read a DateTimeOffset from {value.GetType().Name}."),
        };
    }
}

/// <summary>Enums as snake_case text in storage and JSON (<c>InProduction</c> ↔ <c>in_production</c>).</summary>
public static class EnumText
{
    public static string ToText<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
