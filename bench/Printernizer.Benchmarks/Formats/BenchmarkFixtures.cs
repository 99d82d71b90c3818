using System.Buffers.Binary;
using System.Text;

namespace Printernizer.Benchmarks.Formats;

/// <summary>Locates shared/fixtures/files and generates large synthetic inputs in a temp folder.</summary>
internal static class BenchmarkFixtures
{
    public static string FilesDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PRINTERNIZER_FIXTURES");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return Path.Combine(fromEnvironment, "files");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "files");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/fixtures/files not found; set PRINTERNIZER_FIXTURES.");
    }

    public static string CreateTempDirectory(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Writes the PrusaSlicer fixture with its body padded to about <paramref name="targetBytes"/>:
    /// head (thumbnails, first commands) + repeated extrusion moves + original tail (statistics, config).
    /// </summary>
    public static void WritePaddedGCode(string path, long targetBytes)
    {
        var fixture = File.ReadAllBytes(Path.Combine(FilesDirectory(), "prusaslicer-2.5.0_MINI_box_png-thumbs.gcode"));
        var split = Array.IndexOf(fixture, (byte)'\n', fixture.Length / 2) + 1;
        var line = Encoding.ASCII.GetBytes("G1 X110.123 Y95.456 E0.04512\n");
        var block = new byte[line.Length * 4096];
        for (var i = 0; i < 4096; i++)
        {
            line.CopyTo(block, i * line.Length);
        }

        using var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        output.Write(fixture, 0, split);
        var remaining = targetBytes - fixture.Length;
        while (remaining > 0)
        {
            var n = (int)Math.Min(block.Length, remaining);
            n -= n % line.Length;
            if (n == 0)
            {
                break;
            }

            output.Write(block, 0, n);
            remaining -= n;
        }

        output.Write(fixture, split, fixture.Length - split);
    }

    /// <summary>Writes a binary STL UV sphere with 2 x stacks x slices triangles.</summary>
    public static void WriteSphereStl(string path, int stacks, int slices, float radius)
    {
        var triangles = (uint)(2 * stacks * slices);
        using var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var header = new byte[84];
        Encoding.ASCII.GetBytes("solid generated sphere").CopyTo(header, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(80), triangles);
        output.Write(header);
        var record = new byte[50];
        void Write((float X, float Y, float Z) a, (float X, float Y, float Z) b, (float X, float Y, float Z) c)
        {
            var span = record.AsSpan(12);
            foreach (var (x, y, z) in new[] { a, b, c })
            {
                BinaryPrimitives.WriteSingleLittleEndian(span, x);
                BinaryPrimitives.WriteSingleLittleEndian(span[4..], y);
                BinaryPrimitives.WriteSingleLittleEndian(span[8..], z);
                span = span[12..];
            }

            output.Write(record);
        }

        (float, float, float) Point(int stack, int slice)
        {
            var theta = Math.PI * stack / stacks;
            var phi = 2 * Math.PI * slice / slices;
            return ((float)(radius * Math.Sin(theta) * Math.Cos(phi)), (float)(radius * Math.Sin(theta) * Math.Sin(phi)), (float)(radius + (radius * Math.Cos(theta))));
        }

        for (var i = 0; i < stacks; i++)
        {
            for (var j = 0; j < slices; j++)
            {
                var p00 = Point(i, j);
                var p01 = Point(i, j + 1);
                var p10 = Point(i + 1, j);
                var p11 = Point(i + 1, j + 1);
                Write(p00, p10, p11);
                Write(p00, p11, p01);
            }
        }
    }
}
