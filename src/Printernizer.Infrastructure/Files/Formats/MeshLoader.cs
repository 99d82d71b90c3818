using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Loads the printable triangles of an STL or 3MF (millimetres, transforms applied) for rendering.</summary>
public static class MeshLoader
{
    /// <exception cref="InvalidPrintFileException">The content is not a mesh file, is broken or over a limit.</exception>
    public static MeshBuilder Load(Stream seekableStream, string fileName, FileFormatLimits limits, CancellationToken cancellationToken)
    {
        var format = FormatDetector.Detect(seekableStream, fileName);
        switch (format)
        {
            case PrintFileFormat.Stl:
                var expected = ExpectedBinaryTriangles(seekableStream, limits);
                var stl = new MeshBuilder(keepTriangles: true, limits.MaxTriangles, expected);
                StlReader.Read(seekableStream, stl, limits, null, cancellationToken);
                return stl;
            case PrintFileFormat.ThreeMf:
                var mesh = new MeshBuilder(keepTriangles: true, limits.MaxTriangles);
                ThreeMfReader.LoadMesh(seekableStream, mesh, limits, cancellationToken);
                return mesh;
            default:
                throw new InvalidPrintFileException($"{format} files have no mesh to render");
        }
    }

    /// <summary>Pre-sizes the triangle buffer only when the binary header count matches the file size (never for ASCII).</summary>
    private static int ExpectedBinaryTriangles(Stream stream, FileFormatLimits limits)
    {
        if (stream.Length < 84)
        {
            return 0;
        }

        Span<byte> count = stackalloc byte[4];
        stream.Position = 80;
        stream.ReadExactly(count);
        stream.Position = 0;
        var n = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(count);
        var size = 84 + (50L * n);
        return size <= stream.Length && stream.Length <= size + 512 && n <= limits.MaxTriangles ? (int)n : 0;
    }
}
