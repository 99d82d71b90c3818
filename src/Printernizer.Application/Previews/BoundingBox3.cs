namespace Printernizer.Application.Previews;

/// <summary>Axis-aligned bounding box in millimetres.</summary>
public sealed record BoundingBox3(double MinX, double MinY, double MinZ, double MaxX, double MaxY, double MaxZ)
{
    public double SizeX => MaxX - MinX;

    public double SizeY => MaxY - MinY;

    public double SizeZ => MaxZ - MinZ;
}
