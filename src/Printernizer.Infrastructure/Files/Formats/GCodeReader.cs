using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// Plain G-code reader (PrusaSlicer, OrcaSlicer, Bambu Studio, Cura). Reads only the head (until the first
/// command, at most <see cref="FileFormatLimits.GCodeHeadBytes"/>/<see cref="FileFormatLimits.GCodeHeadLines"/>)
/// and the last <see cref="FileFormatLimits.GCodeTailBytes"/>, so cost does not grow with the file size.
/// </summary>
internal static partial class GCodeReader
{
    public static void Read(Stream stream, InspectionBuilder builder, CancellationToken cancellationToken)
    {
        builder.Format = PrintFileFormat.GCode;
        var limits = builder.Limits;
        var length = stream.Length;
        stream.Position = 0;

        if (LooksBinary(stream))
        {
            throw new InvalidPrintFileException("not a text G-code file (binary content)");
        }

        stream.Position = 0;
        var head = new LineScanner(stream, limits.MaxLineBytes, limits.GCodeHeadBytes);
        var headEnd = ReadHead(head, builder, cancellationToken);

        var tailStart = Math.Max(headEnd, length - limits.GCodeTailBytes);
        if (tailStart < length)
        {
            stream.Position = tailStart;
            var tail = new LineScanner(stream, limits.MaxLineBytes, length - tailStart);
            if (tailStart > headEnd)
            {
                tail.TryReadLine(out _, out _); // partial line
            }

            ReadTail(tail, builder, cancellationToken);
        }
    }

    /// <summary>Reads the same header/thumbnail/config layout from an in-memory G-code head (e.g. a Bambu plate inside a 3MF).</summary>
    public static void ReadHeadOnly(Stream stream, InspectionBuilder builder, CancellationToken cancellationToken)
    {
        var head = new LineScanner(stream, builder.Limits.MaxLineBytes, builder.Limits.GCodeHeadBytes);
        ReadHead(head, builder, cancellationToken);
    }

    private static bool LooksBinary(Stream stream)
    {
        Span<byte> probe = stackalloc byte[4096];
        var read = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        var sample = probe[..read];
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                control++;
            }
        }

        return read > 0 && control * 20 > read;
    }

    private static long ReadHead(LineScanner scanner, InspectionBuilder builder, CancellationToken cancellationToken)
    {
        var limits = builder.Limits;
        var values = builder.Values;
        ThumbnailInProgress? thumbnail = null;
        var lines = 0;
        while (scanner.TryReadLine(out var raw, out var tooLong))
        {
            if (++lines > limits.GCodeHeadLines)
            {
                break;
            }

            if ((lines & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (tooLong)
            {
                if (thumbnail is not null)
                {
                    builder.Warn($"thumbnail damaged: {thumbnail.Describe()}: line too long");
                    thumbnail = null;
                }

                continue;
            }

            var line = raw.TrimStart(" \t"u8);
            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] != (byte)';')
            {
                if (thumbnail is not null)
                {
                    builder.Warn($"thumbnail damaged: {thumbnail.Describe()}: no end line");
                }

                InspectCommand(line, values);
                break;
            }

            var content = Encoding.UTF8.GetString(line[1..]).Trim();
            if (thumbnail is not null)
            {
                if (content == thumbnail.Tag + " end")
                {
                    thumbnail.Finish(builder);
                    thumbnail = null;
                }
                else if (!thumbnail.Append(content, limits))
                {
                    builder.Warn($"thumbnail damaged: {thumbnail.Describe()}: more data than declared");
                    thumbnail = null;
                }

                continue;
            }

            if (content.StartsWith("thumbnail", StringComparison.Ordinal) && ThumbnailBegin().Match(content) is { Success: true } begin)
            {
                thumbnail = ThumbnailInProgress.Start(begin, builder);
                continue;
            }

            InspectComment(content, values);
        }

        if (thumbnail is not null)
        {
            builder.Warn($"thumbnail damaged: {thumbnail.Describe()}: file ends inside the block");
        }

        return scanner.Consumed;
    }

    private static void ReadTail(LineScanner scanner, InspectionBuilder builder, CancellationToken cancellationToken)
    {
        var lines = 0;
        while (scanner.TryReadLine(out var raw, out var tooLong))
        {
            if ((++lines & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (tooLong)
            {
                continue;
            }

            var line = raw.TrimStart(" \t"u8);
            if (line.Length < 2 || line[0] != (byte)';')
            {
                continue;
            }

            InspectComment(Encoding.UTF8.GetString(line[1..]).Trim(), builder.Values);
        }
    }

    internal static void InspectComment(string content, SlicerValues values)
    {
        if (content.Length == 0)
        {
            return;
        }

        if (content.StartsWith("generated by ", StringComparison.OrdinalIgnoreCase) && GeneratedBy().Match(content) is { Success: true } generated)
        {
            values.Slicer ??= NormalizeSlicer(generated.Groups[1].Value);
            values.SlicerVersion ??= generated.Groups[2].Value;
            return;
        }

        if (content.StartsWith("Generated with Cura_SteamEngine", StringComparison.Ordinal))
        {
            values.Slicer ??= "Cura";
            values.SlicerVersion ??= content["Generated with Cura_SteamEngine".Length..].Trim() is { Length: > 0 } v ? v : null;
            return;
        }

        if (content.StartsWith("BambuStudio ", StringComparison.Ordinal) && !content.Contains('=', StringComparison.Ordinal))
        {
            values.Slicer ??= "BambuStudio";
            values.SlicerVersion ??= content["BambuStudio ".Length..].Trim();
            return;
        }

        if (content.StartsWith("FLAVOR:", StringComparison.Ordinal) && values.Slicer is null)
        {
            values.Set("FLAVOR", content["FLAVOR:".Length..].Trim());
            return;
        }

        values.AddCommentLine(content);
    }

    private static void InspectCommand(ReadOnlySpan<byte> line, SlicerValues values)
    {
        // "M73 P0 R5" (PrusaSlicer/Bambu): total minutes, a fallback when statistics are missing.
        if (values.M73Minutes is null && line.StartsWith("M73 "u8))
        {
            var text = Encoding.ASCII.GetString(line.Length > 64 ? line[..64] : line);
            var match = M73().Match(text);
            if (match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
            {
                values.M73Minutes = minutes;
            }
        }
    }

    private static string NormalizeSlicer(string name) => name switch
    {
        "BambuStudio" or "Bambu" => "BambuStudio",
        _ => name,
    };

    [GeneratedRegex(@"^(thumbnail(?:_(PNG|JPG|QOI))?) begin (\d{1,9})[x ](\d{1,9}) (\d{1,9})\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThumbnailBegin();

    [GeneratedRegex(@"^generated by (\S+) (\S+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GeneratedBy();

    [GeneratedRegex(@"^M73\s+P0\s+R(\d{1,7})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex M73();

    private sealed class ThumbnailInProgress
    {
        private readonly StringBuilder _base64 = new();

        private ThumbnailInProgress(string tag, ThumbnailImageFormat format, int width, int height, int declaredLength)
        {
            Tag = tag;
            Format = format;
            Width = width;
            Height = height;
            DeclaredLength = declaredLength;
        }

        public string Tag { get; }

        public ThumbnailImageFormat Format { get; }

        public int Width { get; }

        public int Height { get; }

        public int DeclaredLength { get; }

        public static ThumbnailInProgress? Start(Match begin, InspectionBuilder builder)
        {
            var tag = begin.Groups[1].Value;
            var format = begin.Groups[2].Value switch
            {
                "JPG" => ThumbnailImageFormat.Jpeg,
                "QOI" => ThumbnailImageFormat.Qoi,
                _ => ThumbnailImageFormat.Png,
            };
            var width = int.Parse(begin.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            var height = int.Parse(begin.Groups[4].ValueSpan, CultureInfo.InvariantCulture);
            var length = long.Parse(begin.Groups[5].ValueSpan, CultureInfo.InvariantCulture);
            var describe = $"gcode {tag} {width}x{height}";
            var maxBase64 = ((long)builder.Limits.MaxThumbnailBytes + 2) / 3 * 4;
            if (length > maxBase64)
            {
                builder.Warn($"thumbnail damaged: {describe}: declared length {length} is over the limit");
                return null;
            }

            if (!ImageLimits.AreAcceptable(width, height))
            {
                builder.Warn($"thumbnail damaged: {describe}: dimensions over the limit");
                return null;
            }

            return new ThumbnailInProgress(tag, format, width, height, (int)length);
        }

        public string Describe() => $"gcode {Tag} {Width}x{Height}";

        public bool Append(string content, FileFormatLimits limits)
        {
            _ = limits;
            if (_base64.Length + content.Length > DeclaredLength)
            {
                return false;
            }

            _base64.Append(content);
            return true;
        }

        public void Finish(InspectionBuilder builder)
        {
            if (_base64.Length != DeclaredLength)
            {
                builder.Warn($"thumbnail damaged: {Describe()}: {_base64.Length} Base64 characters, declared {DeclaredLength}");
                return;
            }

            var bytes = new byte[(DeclaredLength / 4 * 3) + 3];
            if (!Convert.TryFromBase64Chars(_base64.ToString(), bytes, out var written))
            {
                builder.Warn($"thumbnail damaged: {Describe()}: invalid Base64");
                return;
            }

            builder.AddThumbnail(bytes[..written], Describe(), expected: Format, declaredWidth: Width, declaredHeight: Height);
        }
    }
}
