namespace Printernizer.Api.Tests.Deployment;

/// <summary>One Dockerfile instruction (continuation lines joined) with the stage it belongs to.</summary>
public sealed record DockerfileInstruction(string Keyword, string Arguments, string? Stage)
{
    /// <summary>Reads a Dockerfile: comments dropped, <c>\</c> continuations joined, keywords upper-cased.</summary>
    public static IReadOnlyList<DockerfileInstruction> Parse(string text)
    {
        var result = new List<DockerfileInstruction>();
        string? stage = null;
        var pending = string.Empty;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (pending.Length == 0 && line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var full = (pending + line).Trim();
            pending = string.Empty;
            if (full.Length == 0)
            {
                continue;
            }

            var space = full.IndexOf(' ', StringComparison.Ordinal);
            var keyword = (space < 0 ? full : full[..space]).ToUpperInvariant();
            var arguments = space < 0 ? string.Empty : string.Join(' ', full[(space + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (keyword == "FROM")
            {
                var parts = arguments.Split(' ');
                stage = parts.Length >= 3 && parts[^2].Equals("AS", StringComparison.OrdinalIgnoreCase) ? parts[^1] : null;
            }

            result.Add(new DockerfileInstruction(keyword, arguments, stage));
        }

        return result;
    }

    /// <summary>For COPY/ADD: the flags (<c>--from=web</c>), sources and destination.</summary>
    public (IReadOnlyList<string> Flags, IReadOnlyList<string> Sources, string Destination) CopyParts()
    {
        var parts = Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var flags = parts.TakeWhile(p => p.StartsWith("--", StringComparison.Ordinal)).ToList();
        var rest = parts.Skip(flags.Count).ToList();
        return (flags, rest.Take(rest.Count - 1).ToList(), rest[^1]);
    }
}
