using System.Text;

namespace Printernizer.Infrastructure.Persistence.Queries;

/// <summary>
/// Turns the user's search text into SQL parameter values: an FTS5 phrase for the trigram index, or a LIKE pattern for
/// text the index cannot serve. The text is always data, never query syntax.
/// </summary>
internal static class FileSearchText
{
    /// <summary>
    /// The text as one quoted FTS5 phrase (quotes doubled, so <c>NEAR</c>, <c>*</c>, <c>-</c>, <c>:</c>, <c>^</c>, parentheses
    /// and quotes are plain characters), or null when the trigram index cannot answer: fewer than three characters (no
    /// trigram) or control characters (never in a shown path; kept away from the FTS5 parser).
    /// </summary>
    public static string? ToTrigramMatch(string search)
    {
        var characters = 0;
        foreach (var rune in search.EnumerateRunes())
        {
            if (Rune.IsControl(rune))
            {
                return null;
            }

            characters++;
        }

        return characters < 3 ? null : "\"" + search.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary><c>%text%</c> with <c>\</c>, <c>%</c> and <c>_</c> escaped (use with <c>ESCAPE '\'</c>).</summary>
    public static string ToLikePattern(string search) =>
        "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
