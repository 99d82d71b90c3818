using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// STL reader with the binary/ASCII rule of formats.md section 5 (survives "solid" headers in binary files and
/// trailing bytes). Units are assumed to be millimetres.
/// </summary>
internal static class StlReader
{
    private const int TrailingTolerance = 512;
    private const int BinaryTriangleSize = 50;

    public static void Read(Stream stream, MeshBuilder mesh, FileFormatLimits limits, List<string>? warnings, CancellationToken cancellationToken)
    {
        var length = stream.Length;
        stream.Position = 0;
        var probe = new byte[(int)Math.Min(length, 1024)];
        stream.ReadExactly(probe);

        var text = Encoding.ASCII.GetString(probe);
        var looksAscii = text.Contains("facet", StringComparison.OrdinalIgnoreCase) && text.Contains("vertex", StringComparison.OrdinalIgnoreCase);
        if (length < 84)
        {
            ReadAsciiOrFail(stream, mesh, limits, text, cancellationToken);
            return;
        }

        var count = BinaryPrimitives.ReadUInt32LittleEndian(probe.AsSpan(80));
        var binarySize = 84 + (BinaryTriangleSize * (long)count);
        if (binarySize == length || (count > 0 && binarySize < length && length <= binarySize + TrailingTolerance && !looksAscii))
        {
            if (binarySize != length)
            {
                warnings?.Add($"binary STL has {length - binarySize} trailing bytes after the last triangle");
            }

            ReadBinary(stream, mesh, count, limits, cancellationToken);
            return;
        }

        if (StartsWithSolid(probe) && text.Contains("facet", StringComparison.OrdinalIgnoreCase))
        {
            ReadAscii(stream, mesh, limits, cancellationToken);
            return;
        }

        if (binarySize <= length)
        {
            warnings?.Add($"binary STL has {length - binarySize} unexpected bytes after the last triangle");
            ReadBinary(stream, mesh, count, limits, cancellationToken);
            return;
        }

        throw new InvalidPrintFileException(
            $"not an STL: binary triangle count {count} needs {binarySize} bytes but the file has {length}, and it is not ASCII STL");
    }

    private static void ReadAsciiOrFail(Stream stream, MeshBuilder mesh, FileFormatLimits limits, string text, CancellationToken cancellationToken)
    {
        if (!StartsWithSolid(Encoding.ASCII.GetBytes(text)))
        {
            throw new InvalidPrintFileException($"not an STL: {stream.Length} bytes is too short for binary and it is not ASCII STL");
        }

        ReadAscii(stream, mesh, limits, cancellationToken);
    }

    private static bool StartsWithSolid(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            data = data[3..];
        }

        data = data.TrimStart(" \t\r\n"u8);
        return data.Length >= 5 && Ascii.EqualsIgnoreCase(data[..5], "solid"u8);
    }

    private static void ReadBinary(Stream stream, MeshBuilder mesh, uint count, FileFormatLimits limits, CancellationToken cancellationToken)
    {
        if (count > limits.MaxTriangles)
        {
            throw new InvalidPrintFileException($"binary STL declares {count} triangles, over the limit of {limits.MaxTriangles}");
        }

        stream.Position = 84;
        const int batch = 1024; // 51,200-byte buffer stays off the large object heap
        var buffer = new byte[batch * BinaryTriangleSize];
        var remaining = (long)count;
        while (remaining > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = (int)Math.Min(batch, remaining);
            stream.ReadExactly(buffer, 0, n * BinaryTriangleSize);
            var span = buffer.AsSpan(0, n * BinaryTriangleSize);
            for (var i = 0; i < n; i++)
            {
                var t = span.Slice((i * BinaryTriangleSize) + 12, 36);
                mesh.Add(
                    BinaryPrimitives.ReadSingleLittleEndian(t),
                    BinaryPrimitives.ReadSingleLittleEndian(t[4..]),
                    BinaryPrimitives.ReadSingleLittleEndian(t[8..]),
                    BinaryPrimitives.ReadSingleLittleEndian(t[12..]),
                    BinaryPrimitives.ReadSingleLittleEndian(t[16..]),
                    BinaryPrimitives.ReadSingleLittleEndian(t[20..]),
                    BinaryPrimitives.ReadSingleLittleEndian(t[24..]),
                    BinaryPrimitives.ReadSingleLittleEndian(t[28..]),
                    BinaryPrimitives.ReadSingleLittleEndian(t[32..]));
            }

            remaining -= n;
        }

        mesh.ObjectCount = 1;
    }

    private static void ReadAscii(Stream stream, MeshBuilder mesh, FileFormatLimits limits, CancellationToken cancellationToken)
    {
        stream.Position = 0;
        var scanner = new LineScanner(stream, Math.Min(limits.MaxLineBytes, 4096), stream.Length, crIsNewline: true);
        Span<float> v = stackalloc float[9];
        var vertices = 0;
        var lineNumber = 0;
        var sawEnd = false;
        while (scanner.TryReadLine(out var raw, out var tooLong))
        {
            lineNumber++;
            if ((lineNumber & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (tooLong)
            {
                throw new InvalidPrintFileException($"ASCII STL line {lineNumber} is too long");
            }

            var line = raw.Trim(" \t\r\f\v"u8);
            if (lineNumber == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                line = line[3..].TrimStart(" \t"u8);
            }

            if (line.Length < 6 || !Ascii.EqualsIgnoreCase(line[..6], "vertex"u8))
            {
                if (line.Length >= 8 && Ascii.EqualsIgnoreCase(line[..8], "endsolid"u8))
                {
                    sawEnd = true;
                }

                continue;
            }

            var parts = Encoding.ASCII.GetString(line[6..]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3
                || !float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out v[vertices * 3])
                || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out v[(vertices * 3) + 1])
                || !float.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out v[(vertices * 3) + 2]))
            {
                throw new InvalidPrintFileException($"ASCII STL line {lineNumber} has a malformed vertex");
            }

            if (++vertices == 3)
            {
                mesh.Add(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
                vertices = 0;
            }
        }

        if (vertices != 0 || !sawEnd)
        {
            throw new InvalidPrintFileException(vertices != 0
                ? "ASCII STL ends inside a facet (truncated)"
                : "ASCII STL has no endsolid line (truncated)");
        }

        mesh.ObjectCount = 1;
    }
}
