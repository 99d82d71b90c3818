using System.Globalization;
using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// Key/value pairs collected from slicer comments, .bgcode metadata blocks or 3MF config parts, and their
/// interpretation into <see cref="PrintFileMetadata"/> (formats.md sections 2.2 to 2.4). Later values win.
/// </summary>
internal sealed class SlicerValues
{
    private const decimal DefaultDiameterMm = 1.75m;
    private const decimal DefaultDensity = 1.24m;
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string? Slicer { get; set; }

    public string? SlicerVersion { get; set; }

    /// <summary>Minutes from the first <c>M73 P0 R&lt;n&gt;</c> line (fallback for the print time).</summary>
    public int? M73Minutes { get; set; }

    public int Count => _values.Count;

    public void Set(string key, string value)
    {
        if (key.Length is > 0 and <= 200)
        {
            _values[key] = value;
        }
    }

    public string? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;

    /// <summary>Parses "key = value", "key: value", "key : value" (the text after the comment marker).</summary>
    public void AddCommentLine(string content)
    {
        if (content.StartsWith("model printing time:", StringComparison.Ordinal))
        {
            foreach (var part in content.Split("; ", StringSplitOptions.RemoveEmptyEntries))
            {
                AddPair(part, ':');
            }

            return;
        }

        var equals = content.IndexOf(" = ", StringComparison.Ordinal);
        if (equals > 0)
        {
            Set(content[..equals].Trim(), content[(equals + 3)..].Trim());
            return;
        }

        if (content.EndsWith(" =", StringComparison.Ordinal))
        {
            Set(content[..^2].Trim(), string.Empty);
            return;
        }

        AddPair(content, ':');
    }

    /// <summary>Parses an INI-style "key=value" line (.bgcode metadata).</summary>
    public void AddIniLine(string line) => AddPair(line, '=');

    private void AddPair(string text, char separator)
    {
        var index = text.IndexOf(separator, StringComparison.Ordinal);
        if (index > 0)
        {
            Set(text[..index].Trim(), text[(index + 1)..].Trim());
        }
    }

    public PrintFileMetadata ToMetadata()
    {
        var seconds = DurationParser.ParseSeconds(Get("estimated printing time (normal mode)"))
            ?? DurationParser.ParseSeconds(Get("total estimated time"))
            ?? DurationParser.ParseSeconds(Get("TIME"))
            ?? DurationParser.ParseSeconds(Get("PRINT.TIME"))
            ?? DurationParser.ParseSeconds(Get("model printing time"))
            ?? (M73Minutes * 60);

        var gramsPerSlot = Numbers(Get("filament used [g]")) ?? Numbers(Get("total filament weight [g]"));
        var lengthPerSlot = Numbers(Get("filament used [mm]")) ?? Numbers(Get("total filament length [mm]"));
        var slicer = Slicer ?? (Get("GENERATOR.NAME") == "Cura_SteamEngine" ? "Cura" : null);
        var slicerVersion = SlicerVersion ?? (slicer == "Cura" ? Get("GENERATOR.VERSION") : null);
        var diameters = Numbers(Get("filament_diameter"));
        var densities = Numbers(Get("filament_density"));
        decimal?[]? curaVolumesMm3 = null;
        if (lengthPerSlot is null && Get("Filament used") is { } curaUsed)
        {
            // Cura: metres per extruder ("1.23m, 0m"), or mm3 in volumetric mode ("123.4mm3").
            if (curaUsed.Contains("mm3", StringComparison.Ordinal))
            {
                curaVolumesMm3 = Numbers(curaUsed.Replace("mm3", string.Empty, StringComparison.Ordinal));
            }
            else
            {
                lengthPerSlot = Numbers(curaUsed.Replace("m", string.Empty, StringComparison.Ordinal))?.Select(m => m is null ? null : m * 1000m).ToArray();
            }
        }

        if (slicer == "Cura" && lengthPerSlot is null && curaVolumesMm3 is null)
        {
            // Ultimaker Griffin header: ;EXTRUDER_TRAIN.<n>.MATERIAL.VOLUME_USED:<mm3>
            var volumes = Enumerable.Range(0, 16).Select(i => Number(Get($"EXTRUDER_TRAIN.{i.ToString(CultureInfo.InvariantCulture)}.MATERIAL.VOLUME_USED"))).ToArray();
            var used = Array.FindLastIndex(volumes, v => v is not null);
            curaVolumesMm3 = used >= 0 ? volumes[..(used + 1)] : null;
        }

        if (gramsPerSlot is null && slicer == "Cura")
        {
            if (curaVolumesMm3 is not null)
            {
                gramsPerSlot = curaVolumesMm3.Select((mm3, i) => mm3 is null ? null : (decimal?)Math.Round(mm3.Value / 1000m * (At(densities, i) ?? DefaultDensity), 2)).ToArray();
            }
            else if (lengthPerSlot is not null)
            {
                gramsPerSlot = lengthPerSlot.Select((mm, i) => mm is null
                    ? null
                    : (decimal?)Math.Round(GramsFromLength(mm.Value, At(diameters, i) ?? DefaultDiameterMm, At(densities, i) ?? DefaultDensity), 2)).ToArray();
            }
        }

        var grams = Number(Get("total filament used [g]")) ?? Sum(gramsPerSlot);
        var length = Sum(lengthPerSlot);
        var cost = Number(Get("total filament cost")) ?? Sum(Numbers(Get("filament cost")));

        var filaments = BuildFilaments(gramsPerSlot, lengthPerSlot);
        return new PrintFileMetadata
        {
            PrintSeconds = seconds,
            FilamentGrams = grams,
            FilamentLengthMm = length,
            FilamentCost = cost,
            Filaments = filaments,
            FilamentTypes = filaments.Select(f => f.Type).OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            LayerHeightMm = Number(Get("layer_height")) ?? Number(Get("Layer height")),
            NozzleDiameterMm = At(Numbers(Get("nozzle_diameter")), 0) ?? Number(Get("EXTRUDER_TRAIN.0.NOZZLE.DIAMETER")),
            LayerCount = Integer(Get("total layer number")) ?? Integer(Get("total layers count")) ?? Integer(Get("LAYER_COUNT")),
            Slicer = slicer,
            SlicerVersion = slicerVersion,
            PrinterModel = NonEmpty(Unquote(Get("printer_model"))) ?? NonEmpty(Get("TARGET_MACHINE.NAME")),
        };
    }

    private List<FilamentUsage> BuildFilaments(decimal?[]? grams, decimal?[]? lengths)
    {
        var types = Strings(Get("filament_type"));
        var colours = Strings(Get("filament_colour"));
        var extruderColours = Strings(Get("extruder_colour"));
        var usedSlots = Get("filament") is { } used && Slicer is "BambuStudio" or "OrcaSlicer"
            ? Numbers(used)?.Where(n => n is > 0 and < 1000).Select(n => (int)n!.Value).ToHashSet()
            : null;

        var slotCount = Math.Max(types?.Length ?? 0, Math.Max(grams?.Length ?? 0, lengths?.Length ?? 0));
        var usageKnown = grams is not null || lengths is not null || usedSlots is not null;
        var result = new List<FilamentUsage>();
        for (var i = 0; i < slotCount && i < 256; i++)
        {
            var g = At(grams, i);
            var mm = At(lengths, i);
            var slot = i + 1;
            var isUsed = usedSlots?.Contains(slot) ?? (g > 0 || mm > 0);
            if (usageKnown && !isUsed)
            {
                continue;
            }

            // Bambu header lists usage only for used slots, in order: map them back when counts differ.
            if (usedSlots is not null && grams is not null && grams.Length == usedSlots.Count && grams.Length != slotCount)
            {
                var ordinal = usedSlots.Order().ToList().IndexOf(slot);
                g = At(grams, ordinal);
                mm = At(lengths, ordinal);
            }

            var colour = Colour(At(colours, i)) ?? Colour(At(extruderColours, i));
            result.Add(new FilamentUsage(slot, NonEmpty(Unquote(At(types, i))), colour, g, mm));
        }

        return result;
    }

    internal static decimal GramsFromLength(decimal lengthMm, decimal diameterMm, decimal density)
    {
        var radius = (double)diameterMm / 2;
        var volumeCm3 = (double)lengthMm * Math.PI * radius * radius / 1000.0;
        return (decimal)(volumeCm3 * (double)density);
    }

    internal static decimal? Number(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    internal static int? Integer(string? text) =>
        Number(text) is { } value && value >= 0 && value <= int.MaxValue && value == decimal.Truncate(value) ? (int)value : null;

    /// <summary>Numeric list "1.23, 0.00" (a single value is a one-element list). Null when nothing parses.</summary>
    internal static decimal?[]? Numbers(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = parts.Select(Number).ToArray();
        return numbers.Any(n => n is not null) ? numbers : null;
    }

    internal static string[]? Strings(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Split(';', StringSplitOptions.TrimEntries);

    private static T? At<T>(T[]? values, int index) => values is not null && index >= 0 && index < values.Length ? values[index] : default;

    private static decimal? At(decimal?[]? values, int index) => values is not null && index >= 0 && index < values.Length ? values[index] : null;

    private static decimal? Sum(decimal?[]? values) =>
        values is null || values.All(v => v is null) ? null : values.Sum(v => v ?? 0m);

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Unquote(string? text) =>
        text is { Length: >= 2 } && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;

    internal static string? Colour(string? text)
    {
        text = Unquote(text)?.Trim();
        if (text is { Length: 7 } && text[0] == '#' && !text.AsSpan(1).ContainsAnyExcept(HexDigits))
        {
            return text.ToUpperInvariant();
        }

        if (text is { Length: 9 } && text[0] == '#' && !text.AsSpan(1).ContainsAnyExcept(HexDigits))
        {
            return text[..7].ToUpperInvariant();
        }

        return null;
    }
}
