using System.Runtime.InteropServices;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;

namespace Printernizer.Infrastructure.Files.Thumbnails;

/// <summary>
/// Software z-buffer rasterizer for triangle soups: fixed isometric-style orthographic camera (from front-right-top,
/// Z up), auto-framed to the projected extent, flat two-sided shading from one directional light plus ambient.
/// No per-triangle allocations; two passes over the vertex data (extent, raster).
/// </summary>
public static class MeshRasterizer
{
    // Camera basis (world Z up). View direction f points from the camera at (+1, -1, +1) towards the origin.
    private const float Rx = 0.70710678f, Ry = 0.70710678f, Rz = 0f;
    private const float Ux = -0.40824829f, Uy = 0.40824829f, Uz = 0.81649658f;
    private const float Fx = -0.57735027f, Fy = 0.57735027f, Fz = -0.57735027f;
    private const float Margin = 0.06f;
    private const float Ambient = 0.32f;
    private const float Diffuse = 0.68f;

    /// <summary>Direction towards the light: upper left of the camera, slightly in front.</summary>
    private static readonly (float X, float Y, float Z) Light = Normalize(
        (-0.35f * Rx) + (0.75f * Ux) - (0.55f * Fx),
        (-0.35f * Ry) + (0.75f * Uy) - (0.55f * Fy),
        (-0.35f * Rz) + (0.75f * Uz) - (0.55f * Fz));

    /// <summary>Background colour when not transparent.</summary>
    public const uint LightBackgroundRgba = 0xF2F2F2FF;

    /// <param name="positions">9 floats per triangle (x,y,z of three vertices), millimetres.</param>
    /// <param name="triangleCount">Triangles to draw from <paramref name="positions"/>.</param>
    /// <param name="options">Size, background and object colour.</param>
    public static RgbaImage Render(ReadOnlySpan<float> positions, long triangleCount, ThumbnailRenderOptions options)
    {
        var width = Math.Clamp(options.Width, 1, ImageLimits.MaxSide);
        var height = Math.Clamp(options.Height, 1, ImageLimits.MaxSide);
        var count = (int)Math.Min(triangleCount, positions.Length / 9);
        var pixels = new uint[width * height];
        var depth = new float[width * height];
        Array.Fill(depth, float.PositiveInfinity);
        var background = options.TransparentBackground ? 0u : Pack(LightBackgroundRgba);
        Array.Fill(pixels, background);

        var p = positions[..(count * 9)];
        // Pass 1: projected extent.
        float minSx = float.PositiveInfinity, maxSx = float.NegativeInfinity, minSy = float.PositiveInfinity, maxSy = float.NegativeInfinity;
        for (var i = 0; i < p.Length; i += 3)
        {
            float x = p[i], y = p[i + 1], z = p[i + 2];
            var sx = (x * Rx) + (y * Ry) + (z * Rz);
            var sy = (x * Ux) + (y * Uy) + (z * Uz);
            if (sx < minSx) minSx = sx;
            if (sx > maxSx) maxSx = sx;
            if (sy < minSy) minSy = sy;
            if (sy > maxSy) maxSy = sy;
        }

        if (count > 0 && float.IsFinite(minSx) && float.IsFinite(maxSy))
        {
            var extentX = Math.Max(maxSx - minSx, 1e-6f);
            var extentY = Math.Max(maxSy - minSy, 1e-6f);
            var scale = Math.Min(width * (1 - (2 * Margin)) / extentX, height * (1 - (2 * Margin)) / extentY);
            var offsetX = (width * 0.5f) - ((minSx + maxSx) * 0.5f * scale);
            var offsetY = (height * 0.5f) + ((minSy + maxSy) * 0.5f * scale);
            Rasterize(p, width, height, scale, offsetX, offsetY, options.ObjectColorRgb, pixels, depth);
        }

        var bytes = new byte[width * height * 4];
        MemoryMarshal.AsBytes(pixels.AsSpan()).CopyTo(bytes);
        return new RgbaImage(width, height, bytes);
    }

    private static void Rasterize(ReadOnlySpan<float> p, int width, int height, float scale, float offsetX, float offsetY, int rgb, uint[] pixels, float[] depth)
    {
        // Folded projection: X = x*ax + y*ay + z*az + offsetX; Y = offsetY - (x*bx + y*by + z*bz); Z = view depth.
        float ax = Rx * scale, ay = Ry * scale, az = Rz * scale;
        float bx = Ux * scale, by = Uy * scale, bz = Uz * scale;
        float baseR = (rgb >> 16) & 0xFF, baseG = (rgb >> 8) & 0xFF, baseB = rgb & 0xFF;
        var (lx, ly, lz) = Light;
        var pixelSpan = pixels.AsSpan();
        var depthSpan = depth.AsSpan();

        for (var t = 0; t < p.Length; t += 9)
        {
            float wx0 = p[t], wy0 = p[t + 1], wz0 = p[t + 2];
            float wx1 = p[t + 3], wy1 = p[t + 4], wz1 = p[t + 5];
            float wx2 = p[t + 6], wy2 = p[t + 7], wz2 = p[t + 8];

            var x0 = (wx0 * ax) + (wy0 * ay) + (wz0 * az) + offsetX;
            var y0 = offsetY - ((wx0 * bx) + (wy0 * by) + (wz0 * bz));
            var x1 = (wx1 * ax) + (wy1 * ay) + (wz1 * az) + offsetX;
            var y1 = offsetY - ((wx1 * bx) + (wy1 * by) + (wz1 * bz));
            var x2 = (wx2 * ax) + (wy2 * ay) + (wz2 * az) + offsetX;
            var y2 = offsetY - ((wx2 * bx) + (wy2 * by) + (wz2 * bz));

            // Pixel centres at +0.5: covered columns are ceil(min - 0.5) .. floor(max - 0.5).
            var minX = (int)MathF.Ceiling(Min3(x0, x1, x2) - 0.5f);
            var maxX = (int)MathF.Floor(Max3(x0, x1, x2) - 0.5f);
            if (minX > maxX || maxX < 0 || minX >= width)
            {
                continue;
            }

            var minY = (int)MathF.Ceiling(Min3(y0, y1, y2) - 0.5f);
            var maxY = (int)MathF.Floor(Max3(y0, y1, y2) - 0.5f);
            if (minY > maxY || maxY < 0 || minY >= height)
            {
                continue;
            }

            var area = ((x1 - x0) * (y2 - y0)) - ((y1 - y0) * (x2 - x0));
            if (area == 0 || !float.IsFinite(area))
            {
                continue;
            }

            var z0 = (wx0 * Fx) + (wy0 * Fy) + (wz0 * Fz);
            var z1 = (wx1 * Fx) + (wy1 * Fy) + (wz1 * Fz);
            var z2 = (wx2 * Fx) + (wy2 * Fy) + (wz2 * Fz);
            if (area < 0)
            {
                (x1, x2) = (x2, x1);
                (y1, y2) = (y2, y1);
                (z1, z2) = (z2, z1);
                area = -area;
            }

            // Flat two-sided shading from the world normal.
            var ex1 = wx1 - wx0; var ey1 = wy1 - wy0; var ez1 = wz1 - wz0;
            var ex2 = wx2 - wx0; var ey2 = wy2 - wy0; var ez2 = wz2 - wz0;
            var nx = (ey1 * ez2) - (ez1 * ey2);
            var ny = (ez1 * ex2) - (ex1 * ez2);
            var nz = (ex1 * ey2) - (ey1 * ex2);
            var length = MathF.Sqrt((nx * nx) + (ny * ny) + (nz * nz));
            var intensity = Ambient;
            if (length > 0)
            {
                var inv = 1f / length;
                nx *= inv; ny *= inv; nz *= inv;
                if ((nx * Fx) + (ny * Fy) + (nz * Fz) > 0)
                {
                    nx = -nx; ny = -ny; nz = -nz;
                }

                var lambert = (nx * lx) + (ny * ly) + (nz * lz);
                intensity += Diffuse * (lambert > 0 ? lambert : 0);
            }

            var color = 0xFF000000u
                        | ((uint)Math.Min(255f, baseB * intensity) << 16)
                        | ((uint)Math.Min(255f, baseG * intensity) << 8)
                        | (uint)Math.Min(255f, baseR * intensity);

            if (minX < 0) minX = 0;
            if (maxX >= width) maxX = width - 1;
            if (minY < 0) minY = 0;
            if (maxY >= height) maxY = height - 1;

            // Edge functions w0 = edge(v1,v2,p), w1 = edge(v2,v0,p), w2 = edge(v0,v1,p); inside when all >= 0.
            float a0 = y1 - y2, b0 = x2 - x1;
            float a1 = y2 - y0, b1 = x0 - x2;
            float a2 = y0 - y1, b2 = x1 - x0;
            var invArea = 1f / area;
            var px = minX + 0.5f;
            var py = minY + 0.5f;
            var rowW0 = (a0 * (px - x1)) + (b0 * (py - y1));
            var rowW1 = (a1 * (px - x2)) + (b1 * (py - y2));
            var rowW2 = (a2 * (px - x0)) + (b2 * (py - y0));
            var dzdx = ((a0 * z0) + (a1 * z1) + (a2 * z2)) * invArea;
            var dzdy = ((b0 * z0) + (b1 * z1) + (b2 * z2)) * invArea;
            var rowZ = ((rowW0 * z0) + (rowW1 * z1) + (rowW2 * z2)) * invArea;

            for (var y = minY; y <= maxY; y++)
            {
                float w0 = rowW0, w1 = rowW1, w2 = rowW2, z = rowZ;
                var index = (y * width) + minX;
                for (var x = minX; x <= maxX; x++, index++)
                {
                    if (w0 >= 0 && w1 >= 0 && w2 >= 0 && z < depthSpan[index])
                    {
                        depthSpan[index] = z;
                        pixelSpan[index] = color;
                    }

                    w0 += a0;
                    w1 += a1;
                    w2 += a2;
                    z += dzdx;
                }

                rowW0 += b0;
                rowW1 += b1;
                rowW2 += b2;
                rowZ += dzdy;
            }
        }
    }

    /// <summary>0xRRGGBBAA to the little-endian in-memory RGBA layout of the pixel buffer.</summary>
    private static uint Pack(uint rgba) =>
        ((rgba >> 24) & 0xFF) | (((rgba >> 16) & 0xFF) << 8) | (((rgba >> 8) & 0xFF) << 16) | ((rgba & 0xFF) << 24);

    private static float Min3(float a, float b, float c) => MathF.Min(a, MathF.Min(b, c));

    private static float Max3(float a, float b, float c) => MathF.Max(a, MathF.Max(b, c));

    private static (float X, float Y, float Z) Normalize(float x, float y, float z)
    {
        var length = MathF.Sqrt((x * x) + (y * y) + (z * z));
        return (x / length, y / length, z / length);
    }
}
