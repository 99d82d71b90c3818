using System.Buffers.Binary;

namespace Printernizer.Infrastructure.Tests.Files.Thumbnails;

/// <summary>Writes binary STL files for rendering tests.</summary>
internal static class StlWriter
{
    /// <summary>An axis-aligned cube from (0,0,0) to (size,size,size), outward winding.</summary>
    public static byte[] Cube(float size)
    {
        float[][] v =
        [
            [0, 0, 0], [size, 0, 0], [size, size, 0], [0, size, 0],
            [0, 0, size], [size, 0, size], [size, size, size], [0, size, size],
        ];
        int[] t = [0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7];
        var bytes = new byte[84 + (12 * 50)];
        "solid cube written by a test"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(80), 12);
        for (var i = 0; i < 12; i++)
        {
            var offset = 84 + (i * 50) + 12;
            for (var k = 0; k < 3; k++)
            {
                var vertex = v[t[(i * 3) + k]];
                for (var c = 0; c < 3; c++)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(offset + (k * 12) + (c * 4)), vertex[c]);
                }
            }
        }

        return bytes;
    }
}
