using Printernizer.Application.Previews;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Queue;

/// <summary>The hard rules that decide whether a file can go to a printer, each with a reason in plain words.</summary>
public static class PrinterFit
{
    private static readonly Dictionary<string, string> ModelAliases = new(StringComparer.Ordinal)
    {
        ["n2s"] = "a1", ["n1"] = "a1mini", ["c11"] = "p1p", ["c12"] = "p1s", ["c13"] = "x1e", ["blp001"] = "x1c", ["blp002"] = "x1",
        ["n7"] = "p2s", ["o1d"] = "h2d", ["coreone"] = "coreone", ["mk4s"] = "mk4s", ["mk4"] = "mk4", ["mini"] = "mini", ["xl"] = "xl",
    };

    /// <summary>Does the file format suit the printer kind?</summary>
    public static (bool Ok, string Reason) Format(QueueFileInfo file, Printer printer)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(printer);
        var sliced3Mf = file.Format == PrintFileFormat.ThreeMf && file.IsSlicedProject;
        var gcode = file.Format is PrintFileFormat.GCode or PrintFileFormat.BGCode;
        return printer.Kind switch
        {
            PrinterKind.Bambu => sliced3Mf
                ? (true, "Takes sliced .gcode.3mf files.")
                : (false, "A Bambu printer needs a sliced .gcode.3mf (3MF with plate G-code)" + (file.Format == PrintFileFormat.ThreeMf ? "; this 3MF has no plate G-code (slice it first)." : $"; {file.Name} is not one.")),
            PrinterKind.Prusa => gcode
                ? (true, "Takes .gcode/.bgcode files.")
                : (false, $"A Prusa printer needs .gcode or .bgcode; {file.Name} is not one."),
            _ => gcode || sliced3Mf
                ? (true, "The simulated printer takes any sliced file.")
                : (false, $"{file.Name} is not sliced (no G-code)."),
        };
    }

    /// <summary>Was the file sliced for the printer's model (when both are known)?</summary>
    public static (bool Ok, string Reason) Model(QueueFileInfo file, Printer printer)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(printer);
        var sliced = Normalize(file.PrinterModel);
        var actual = Normalize(printer.Model);
        if (sliced is null || actual is null)
        {
            return (true, file.PrinterModel is null ? "The file does not say which printer model it was sliced for." : "The printer's model is not known yet.");
        }

        return sliced == actual || actual.StartsWith(sliced, StringComparison.Ordinal) || sliced.StartsWith(actual, StringComparison.Ordinal)
            ? (true, $"Sliced for {file.PrinterModel}, matching this printer.")
            : (false, $"Sliced for {file.PrinterModel}, but this printer is a {printer.Model}.");
    }

    /// <summary>Is the needed material (and colour) loaded? Unknown material on either side passes with a note.</summary>
    public static (bool Ok, string Reason) Material(string? materialType, string? colorHex, IReadOnlyList<LoadedMaterial> loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (materialType is null && colorHex is null)
        {
            return (true, "No particular material required.");
        }

        if (loaded.Count == 0)
        {
            return (false, $"The printer has not reported any loaded material; {Describe(materialType, colorHex)} is needed.");
        }

        var wantedColor = NormalizeColor(colorHex);
        var match = loaded.FirstOrDefault(m =>
            (materialType is null || string.Equals(m.MaterialType, materialType, StringComparison.OrdinalIgnoreCase))
            && (wantedColor is null || NormalizeColor(m.ColorHex) == wantedColor));
        if (match is not null)
        {
            return (true, $"{Describe(materialType, colorHex)} is loaded ({match.SlotId}).");
        }

        var present = string.Join(", ", loaded.Select(m => Describe(m.MaterialType, m.ColorHex)));
        return (false, $"{Describe(materialType, colorHex)} is not loaded (loaded: {present}).");
    }

    public static string? NormalizeColor(string? hex)
    {
        if (string.IsNullOrWhiteSpace(hex))
        {
            return null;
        }

        var digits = hex.Trim().TrimStart('#');
        return digits.Length >= 6 && digits[..6].All(Uri.IsHexDigit) ? "#" + digits[..6].ToUpperInvariant() : null;
    }

    private static string Describe(string? type, string? color) =>
        (type ?? "material") + (NormalizeColor(color) is { } c ? " " + c : string.Empty);

    private static string? Normalize(string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return null;
        }

        var text = model.ToLowerInvariant().Replace("(simulated)", string.Empty, StringComparison.Ordinal)
            .Replace("bambu lab", string.Empty, StringComparison.Ordinal).Replace("original prusa", string.Empty, StringComparison.Ordinal)
            .Replace("prusa", string.Empty, StringComparison.Ordinal);
        var key = new string(text.Where(char.IsLetterOrDigit).ToArray());
        if (key.Length == 0)
        {
            return null;
        }

        return ModelAliases.TryGetValue(key, out var alias) ? alias : key;
    }
}
