using System.Globalization;
using System.Text;

namespace Printernizer.Application.Files;

/// <summary>
/// Turns any name (from a printer listing, an upload, a printer's name) into one safe file or folder name:
/// no path separators or <c>..</c>, no control or Windows-invalid characters, no reserved device names
/// (<c>CON</c>, <c>NUL</c>, <c>COM1</c>, ...), no leading dots or trailing dots/spaces, at most
/// <see cref="MaxUtf8Bytes"/> bytes with the extension kept. The result stays readable (<c>Benchy (1).gcode</c>).
/// </summary>
public static class SafeFileName
{
    public const int MaxUtf8Bytes = 180;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    private static readonly string[] CompoundExtensions = [".gcode.3mf", ".tar.gz"];

    /// <summary>A safe single-segment name for <paramref name="name"/>, or <paramref name="fallback"/> when nothing usable remains.</summary>
    public static string Create(string? name, string fallback = "file")
    {
        var text = (name ?? string.Empty).Normalize(NormalizationForm.FormC);

        // Path segments: "." and ".." vanish, the rest are joined with "_" (so "a/b.gcode" stays readable).
        var segments = text.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0 && s.Trim('.').Length > 0)
            .ToList();
        var joined = string.Join("_", segments);

        var builder = new StringBuilder(joined.Length);
        foreach (var rune in joined.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*' or 0xFFFD
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append(rune.Value is '\n' or '\r' or '\t' ? ' ' : '_');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        var cleaned = CollapseSpaces(builder.ToString()).Trim().TrimStart('.').Trim().TrimEnd('.', ' ');
        if (cleaned.Length == 0)
        {
            return fallback;
        }

        var (stem, extension) = Split(cleaned);
        var device = stem.Split('.')[0].TrimEnd(' ');
        if (Reserved.Contains(device))
        {
            stem = "_" + stem;
        }

        return Limit(stem, extension);
    }

    /// <summary><c>name (n).ext</c>: the <paramref name="n"/>-th collision alternative of an already safe name.</summary>
    public static string WithSuffix(string safeName, int n)
    {
        var (stem, extension) = Split(safeName);
        return Limit(stem, string.Create(CultureInfo.InvariantCulture, $" ({n})") + extension);
    }

    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        var lastSpace = false;
        foreach (var c in value)
        {
            var space = c == ' ';
            if (!(space && lastSpace))
            {
                builder.Append(c);
            }

            lastSpace = space;
        }

        return builder.ToString();
    }

    private static (string Stem, string Extension) Split(string name)
    {
        foreach (var compound in CompoundExtensions)
        {
            if (name.Length > compound.Length && name.EndsWith(compound, StringComparison.OrdinalIgnoreCase))
            {
                return (name[..^compound.Length], name[^compound.Length..]);
            }
        }

        var dot = name.LastIndexOf('.');
        // Only a short, plain extension counts; "version 1.2 final" has none.
        if (dot > 0 && name.Length - dot <= 12 && name[(dot + 1)..].All(char.IsLetterOrDigit))
        {
            return (name[..dot], name[dot..]);
        }

        return (name, string.Empty);
    }

    private static string Limit(string stem, string extension)
    {
        var extensionBytes = Encoding.UTF8.GetByteCount(extension);
        if (extensionBytes > MaxUtf8Bytes / 2)
        {
            stem += extension;
            extension = string.Empty;
            extensionBytes = 0;
        }

        var budget = MaxUtf8Bytes - extensionBytes;
        if (Encoding.UTF8.GetByteCount(stem) > budget)
        {
            var builder = new StringBuilder();
            var used = 0;
            foreach (var rune in stem.EnumerateRunes())
            {
                used += rune.Utf8SequenceLength;
                if (used > budget)
                {
                    break;
                }

                builder.Append(rune.ToString());
            }

            stem = builder.ToString().TrimEnd(' ', '.');
            if (stem.Length == 0)
            {
                stem = "file";
            }
        }

        return stem + extension;
    }
}
