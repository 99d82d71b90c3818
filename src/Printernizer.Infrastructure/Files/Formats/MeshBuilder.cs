using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// Collects triangles in millimetres: count, bounding box and signed volume, and optionally the triangle soup
/// itself (9 floats per triangle) for rendering. Rejects non-finite coordinates and enforces the triangle cap.
/// </summary>
public sealed class MeshBuilder
{
    private readonly bool _keepTriangles;
    private readonly long _maxTriangles;
    private float[] _positions;
    private double _volume6;
    private float _minX = float.PositiveInfinity, _minY = float.PositiveInfinity, _minZ = float.PositiveInfinity;
    private float _maxX = float.NegativeInfinity, _maxY = float.NegativeInfinity, _maxZ = float.NegativeInfinity;

    public MeshBuilder(bool keepTriangles, long maxTriangles, int expectedTriangles = 0)
    {
        _keepTriangles = keepTriangles;
        _maxTriangles = maxTriangles;
        _positions = keepTriangles ? new float[Math.Max(9, Math.Min(expectedTriangles, 50_000_000) * 9)] : [];
    }

    public long TriangleCount { get; private set; }

    public int ObjectCount { get; set; }

    /// <summary>Triangle soup, 9 floats (3 vertices x,y,z) per triangle; valid up to <see cref="TriangleCount"/> x 9. Empty unless kept.</summary>
    public float[] Positions => _positions;

    public bool HasBounds => TriangleCount > 0 && float.IsFinite(_minX);

    public void Add(float ax, float ay, float az, float bx, float by, float bz, float cx, float cy, float cz)
    {
        if (!(float.IsFinite(ax) && float.IsFinite(ay) && float.IsFinite(az) && float.IsFinite(bx) && float.IsFinite(by)
              && float.IsFinite(bz) && float.IsFinite(cx) && float.IsFinite(cy) && float.IsFinite(cz)))
        {
            throw new InvalidPrintFileException($"triangle {TriangleCount + 1} has a non-finite coordinate");
        }

        if (TriangleCount >= _maxTriangles)
        {
            throw new InvalidPrintFileException($"more than {_maxTriangles} triangles");
        }

        if (_keepTriangles)
        {
            var offset = TriangleCount * 9;
            if (offset + 9 > _positions.Length)
            {
                var grown = Math.Min(Math.Max(_positions.Length * 2L, offset + 9), Array.MaxLength);
                if (grown < offset + 9)
                {
                    throw new InvalidPrintFileException("mesh too large to render");
                }

                Array.Resize(ref _positions, (int)grown);
            }

            var p = _positions.AsSpan((int)offset, 9);
            p[0] = ax; p[1] = ay; p[2] = az;
            p[3] = bx; p[4] = by; p[5] = bz;
            p[6] = cx; p[7] = cy; p[8] = cz;
        }

        TriangleCount++;
        Extend(ax, ay, az);
        Extend(bx, by, bz);
        Extend(cx, cy, cz);

        // Signed tetrahedron volume: a . (b x c)
        _volume6 += ((double)ax * (((double)by * cz) - ((double)bz * cy)))
                    - ((double)ay * (((double)bx * cz) - ((double)bz * cx)))
                    + ((double)az * (((double)bx * cy) - ((double)by * cx)));
    }

    /// <summary>Adds an already-computed volume contribution (3MF instances whose triangles are not enumerated).</summary>
    internal void AddBulk(long triangles, double volume, float minX, float minY, float minZ, float maxX, float maxY, float maxZ)
    {
        if (TriangleCount + triangles > _maxTriangles)
        {
            throw new InvalidPrintFileException($"more than {_maxTriangles} triangles");
        }

        TriangleCount += triangles;
        _volume6 += volume * 6;
        if (float.IsFinite(minX))
        {
            Extend(minX, minY, minZ);
            Extend(maxX, maxY, maxZ);
        }
    }

    private void Extend(float x, float y, float z)
    {
        if (x < _minX) _minX = x;
        if (x > _maxX) _maxX = x;
        if (y < _minY) _minY = y;
        if (y > _maxY) _maxY = y;
        if (z < _minZ) _minZ = z;
        if (z > _maxZ) _maxZ = z;
    }

    public BoundingBox3? Bounds => HasBounds
        ? new BoundingBox3(Math.Round(_minX, 4), Math.Round(_minY, 4), Math.Round(_minZ, 4), Math.Round(_maxX, 4), Math.Round(_maxY, 4), Math.Round(_maxZ, 4))
        : null;

    public double Volume => Math.Abs(_volume6 / 6.0);

    public MeshInfo ToInfo() => new(TriangleCount, Bounds, TriangleCount > 0 ? Math.Round(Volume, 3) : null, Math.Max(ObjectCount, TriangleCount > 0 ? 1 : 0));
}
