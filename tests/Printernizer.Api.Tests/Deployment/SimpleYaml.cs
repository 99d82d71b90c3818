namespace Printernizer.Api.Tests.Deployment;

/// <summary>
/// Reads the small YAML subset of add-on and compose files: nested maps by indentation, <c>- item</c> lists,
/// scalars (quotes removed), <c>#</c> comments. Enough to check keys and values without a YAML library.
/// </summary>
public static class SimpleYaml
{
    public static Dictionary<string, object?> Parse(string text)
    {
        var lines = text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Select(StripComment)
            .Where(l => l.Trim().Length > 0)
            .ToList();
        var index = 0;
        return (Dictionary<string, object?>)ParseBlock(lines, ref index, 0)!;
    }

    private static string StripComment(string line)
    {
        var inQuote = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is '"' or '\'')
            {
                inQuote = !inQuote;
            }
            else if (line[i] == '#' && !inQuote && (i == 0 || line[i - 1] == ' '))
            {
                return line[..i].TrimEnd();
            }
        }

        return line;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static object? ParseBlock(List<string> lines, ref int index, int indent)
    {
        if (lines[index].TrimStart().StartsWith("- ", StringComparison.Ordinal))
        {
            var list = new List<object?>();
            while (index < lines.Count && Indent(lines[index]) == indent && lines[index].TrimStart().StartsWith("- ", StringComparison.Ordinal))
            {
                list.Add(Scalar(lines[index].TrimStart()[2..]));
                index++;
            }

            return list;
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (index < lines.Count && Indent(lines[index]) == indent)
        {
            var line = lines[index].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = Unquote(line[..colon]);
            var value = line[(colon + 1)..].Trim();
            index++;
            if (value.Length > 0)
            {
                map[key] = Scalar(value);
            }
            else if (index < lines.Count && Indent(lines[index]) > indent)
            {
                map[key] = ParseBlock(lines, ref index, Indent(lines[index]));
            }
            else if (index < lines.Count && Indent(lines[index]) == indent && lines[index].TrimStart().StartsWith("- ", StringComparison.Ordinal))
            {
                map[key] = ParseBlock(lines, ref index, indent);
            }
            else
            {
                map[key] = null;
            }
        }

        return map;
    }

    private static string? Scalar(string value) => value == "null" ? null : Unquote(value);

    private static string Unquote(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length >= 2 && (trimmed[0] == '"' || trimmed[0] == '\'') && trimmed[^1] == trimmed[0] ? trimmed[1..^1] : trimmed;
    }
}
