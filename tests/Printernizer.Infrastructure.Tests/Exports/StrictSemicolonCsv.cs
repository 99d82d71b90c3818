using System.Text;

namespace Printernizer.Infrastructure.Tests.Exports;

/// <summary>
/// A deliberately strict parser for the German CSV and the DATEV file: <c>;</c> separator, every record ends with
/// CRLF (a lone CR or LF outside quotes is an error), a quoted field is <c>"…"</c> with doubled inner quotes and must
/// be followed by <c>;</c> or CRLF, a bare field must not contain a quote. Also reports which fields were quoted.
/// </summary>
public static class StrictSemicolonCsv
{
    public sealed record Field(string Value, bool Quoted);

    public static List<List<Field>> Parse(string text)
    {
        var records = new List<List<Field>>();
        var record = new List<Field>();
        var i = 0;
        if (text.Length == 0)
        {
            return records;
        }

        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                var sb = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    sb.Append(text[i++]);
                }

                record.Add(new Field(sb.ToString(), true));
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] != ';' && text[i] != '\r' && text[i] != '\n')
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"Quote inside a bare field at offset {i}.");
                    }

                    i++;
                }

                record.Add(new Field(text[start..i], false));
            }

            if (i >= text.Length)
            {
                throw new FormatException("The last record does not end with CRLF.");
            }

            if (text[i] == ';')
            {
                i++;
                continue;
            }

            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                records.Add(record);
                record = [];
                i += 2;
                if (i == text.Length)
                {
                    return records;
                }

                continue;
            }

            throw new FormatException($"Unexpected character 0x{(int)text[i]:X2} after a field at offset {i} (line ends must be CRLF).");
        }
    }
}
