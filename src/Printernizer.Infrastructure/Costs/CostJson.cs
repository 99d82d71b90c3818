using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Printernizer.Application.Exports;
using Printernizer.Domain.Costs;

namespace Printernizer.Infrastructure.Costs;

/// <summary>
/// Storage JSON of cost inputs, rates and DATEV settings: camelCase properties, enums as snake_case text, dictionary keys
/// (material types such as "PLA") kept verbatim.
/// </summary>
internal static class CostJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static CostRates Rates(string json)
    {
        var rates = JsonSerializer.Deserialize<CostRates>(json, Options) ?? CostRates.GermanDefaults;
        return rates with { FilamentPricePerKg = rates.FilamentPricePerKg.WithComparers(StringComparer.OrdinalIgnoreCase) };
    }

    public static CostInputs Inputs(string json) =>
        JsonSerializer.Deserialize<CostInputs>(json, Options) ?? throw new InvalidDataException("Empty cost inputs.");

    public static DatevSettings Datev(string json)
    {
        var settings = JsonSerializer.Deserialize<DatevSettings>(json, Options) ?? DatevSettings.Skr03Defaults;
        return settings.AutomaticAccounts.IsDefault ? settings with { AutomaticAccounts = ImmutableArray<long>.Empty } : settings;
    }
}
