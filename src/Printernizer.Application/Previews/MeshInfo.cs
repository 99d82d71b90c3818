namespace Printernizer.Application.Previews;

/// <summary>Geometry summary of an STL/3MF in millimetres (3MF: printable build items with all transforms applied).</summary>
/// <param name="TriangleCount">Triangles (3MF: summed over every build item instance).</param>
/// <param name="Bounds">Axis-aligned bounding box in mm; null when the mesh is empty.</param>
/// <param name="VolumeMm3">Enclosed volume from the signed-tetrahedron sum (rough upper bound for material).</param>
/// <param name="ObjectCount">STL: 1; 3MF: printable build items.</param>
public sealed record MeshInfo(long TriangleCount, BoundingBox3? Bounds, double? VolumeMm3, int ObjectCount);
