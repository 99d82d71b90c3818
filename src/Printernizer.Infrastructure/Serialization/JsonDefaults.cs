using System.Text.Json;
using System.Text.Json.Serialization;

namespace Printernizer.Infrastructure.Serialization;

/// <summary>
/// The one JSON convention of the API, SSE events and webhooks: camelCase names, enums as snake_case strings
/// (<c>in_production</c>), nulls written, numbers as numbers.
/// </summary>
public static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.NumberHandling = JsonNumberHandling.Strict;
        if (!options.Converters.Any(c => c is UtcDateTimeOffsetConverter))
        {
            options.Converters.Add(new UtcDateTimeOffsetConverter());
        }

        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        }

        return options;
    }
}
