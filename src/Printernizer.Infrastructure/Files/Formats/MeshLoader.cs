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
                var expected = seekableStream.Length >= 84 ? (int)Math.Min((seekableStream.Length - 84) / 50, limits.MaxTriangles) : 0;
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
}
