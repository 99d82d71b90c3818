using System.Text;
using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Detects the print-file format by content first (GCDE, zip, ASCII STL, G-code text), then by extension.</summary>
public static class FormatDetector
{
    public static PrintFileFormat Detect(Stream stream, string fileName)
    {
        var start = stream.Position;
        Span<byte> head = stackalloc byte[1024];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return Detect(head[..read], fileName);
    }

    public static PrintFileFormat Detect(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith("GCDE"u8))
        {
            return PrintFileFormat.BGCode;
        }

        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
        {
            return PrintFileFormat.ThreeMf;
        }

        var name = fileName.ToLowerInvariant();
        if (name.EndsWith(".stl", StringComparison.Ordinal))
        {
            return PrintFileFormat.Stl;
        }

        if (name.EndsWith(".bgcode", StringComparison.Ordinal) || name.EndsWith(".bgc", StringComparison.Ordinal))
        {
            return PrintFileFormat.BGCode;
        }

        if (name.EndsWith(".3mf", StringComparison.Ordinal))
        {
            return PrintFileFormat.ThreeMf;
        }

        if (name.EndsWith(".gcode", StringComparison.Ordinal) || name.EndsWith(".gco", StringComparison.Ordinal)
            || name.EndsWith(".g", StringComparison.Ordinal) || name.EndsWith(".gc", StringComparison.Ordinal))
        {
            return PrintFileFormat.GCode;
        }

        var text = Encoding.ASCII.GetString(head);
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith("solid", StringComparison.OrdinalIgnoreCase) && text.Contains("facet", StringComparison.OrdinalIgnoreCase))
        {
            return PrintFileFormat.Stl;
        }

        if (!head.Contains((byte)0) && (trimmed.StartsWith(';') || trimmed.StartsWith("G28", StringComparison.Ordinal) || trimmed.StartsWith("M1", StringComparison.Ordinal)))
        {
            return PrintFileFormat.GCode;
        }

        return PrintFileFormat.Other;
    }
}
