using System.Globalization;
using System.Xml;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// 3MF model graph: parts (root model and Production-extension parts), their objects (mesh or components) and the
/// build items. Parsed with a streaming <see cref="XmlReader"/>; geometry is emitted into a <see cref="MeshBuilder"/>
/// with units and all transforms applied.
/// </summary>
internal sealed class ThreeMfModel(SafeZip zip, FileFormatLimits limits, bool keepTriangles, CancellationToken cancellationToken)
{
    private const string ProductionNs = "http://schemas.microsoft.com/3dmanufacturing/production/2015/06";
    private const int MaxInstances = 1_000_000;

    private readonly Dictionary<string, Dictionary<int, ModelObject>> _parts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BuildItem> _items = [];
    private long _verticesTotal;
    private long _trianglesTotal;
    private int _instances;

    public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

    public int PrintableItems { get; private set; }

    public void LoadRoot(string rootPart)
    {
        LoadPart(rootPart, isRoot: true);
    }

    public void Emit(MeshBuilder mesh, string rootPart)
    {
        foreach (var item in _items)
        {
            if (!item.Printable)
            {
                continue;
            }

            PrintableItems++;
            var part = item.Path ?? rootPart;
            Visit(part, item.ObjectId, item.Transform, mesh, 0);
        }

        mesh.ObjectCount = PrintableItems;
    }

    private void Visit(string part, int objectId, Affine3 transform, MeshBuilder mesh, int depth)
    {
        if (depth > limits.MaxComponentDepth)
        {
            throw new InvalidPrintFileException($"components nested deeper than {limits.MaxComponentDepth} (cycle?)");
        }

        if (++_instances > MaxInstances)
        {
            throw new InvalidPrintFileException($"more than {MaxInstances} object instances");
        }

        if ((_instances & 255) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        var objects = LoadPart(part, isRoot: false);
        if (!objects.TryGetValue(objectId, out var obj))
        {
            throw new InvalidPrintFileException($"{part}: object {objectId} is referenced but not defined");
        }

        foreach (var component in obj.Components)
        {
            Visit(component.Path ?? part, component.ObjectId, component.Transform.Then(transform), mesh, depth + 1);
        }

        if (obj.TriangleCount == 0)
        {
            return;
        }

        var v = obj.Vertices;
        if (keepTriangles)
        {
            var t = obj.Indices!;
            for (var i = 0; i < obj.TriangleCount; i++)
            {
                var a = t[i * 3] * 3;
                var b = t[(i * 3) + 1] * 3;
                var c = t[(i * 3) + 2] * 3;
                transform.Apply(v[a], v[a + 1], v[a + 2], out var ax, out var ay, out var az);
                transform.Apply(v[b], v[b + 1], v[b + 2], out var bx, out var by, out var bz);
                transform.Apply(v[c], v[c + 1], v[c + 2], out var cx, out var cy, out var cz);
                mesh.Add(ax, ay, az, bx, by, bz, cx, cy, cz);
            }

            return;
        }

        float minX = float.PositiveInfinity, minY = float.PositiveInfinity, minZ = float.PositiveInfinity;
        float maxX = float.NegativeInfinity, maxY = float.NegativeInfinity, maxZ = float.NegativeInfinity;
        for (var i = 0; i < obj.VertexCount; i++)
        {
            transform.Apply(v[i * 3], v[(i * 3) + 1], v[(i * 3) + 2], out var x, out var y, out var z);
            minX = Math.Min(minX, x);
            minY = Math.Min(minY, y);
            minZ = Math.Min(minZ, z);
            maxX = Math.Max(maxX, x);
            maxY = Math.Max(maxY, y);
            maxZ = Math.Max(maxZ, z);
        }

        mesh.AddBulk(obj.TriangleCount, Math.Abs(obj.Volume6 / 6.0 * transform.Determinant), minX, minY, minZ, maxX, maxY, maxZ);
    }

    private Dictionary<int, ModelObject> LoadPart(string partName, bool isRoot)
    {
        var key = SafeZip.Normalize(partName);
        if (_parts.TryGetValue(key, out var existing))
        {
            return existing;
        }

        if (_parts.Count > 10_000)
        {
            throw new InvalidPrintFileException("too many model parts");
        }

        var objects = new Dictionary<int, ModelObject>();
        _parts[key] = objects;
        using var stream = zip.OpenPart(key, limits.MaxZipPartBytes)
            ?? throw new InvalidPrintFileException($"model part {key} is missing");
        try
        {
            using var reader = SafeZip.CreateXmlReader(stream, limits.MaxZipPartBytes);
            Parse(reader, key, objects, isRoot);
        }
        catch (XmlException ex)
        {
            throw new InvalidPrintFileException($"{key}: invalid XML ({ex.Message})", ex);
        }

        return objects;
    }

    private void Parse(XmlReader reader, string part, Dictionary<int, ModelObject> objects, bool isRoot)
    {
        var unit = 1.0;
        ModelObject? current = null;
        var inBuild = false;
        var count = 0;
        var advanced = false;
        while (advanced || reader.Read())
        {
            advanced = false;
            if ((++count & 8191) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "object")
                {
                    current = null;
                }
                else if (reader.LocalName == "build")
                {
                    inBuild = false;
                }

                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "model":
                    unit = UnitScale(reader.GetAttribute("unit"));
                    break;
                case "metadata" when isRoot && current is null:
                    var name = reader.GetAttribute("name");
                    if (name is not null && !reader.IsEmptyElement && Metadata.Count < 1000)
                    {
                        var value = reader.ReadElementContentAsString();
                        advanced = true;
                        Metadata.TryAdd(name, value.Length > 4096 ? value[..4096] : value);
                    }

                    break;
                case "object":
                    var id = RequiredInt(reader, "id", part);
                    current = new ModelObject();
                    if (!objects.TryAdd(id, current))
                    {
                        throw new InvalidPrintFileException($"{part}: object id {id} is defined twice");
                    }

                    if (reader.IsEmptyElement)
                    {
                        current = null;
                    }

                    break;
                case "vertex" when current is not null:
                    if (++_verticesTotal > limits.MaxVertices)
                    {
                        throw new InvalidPrintFileException($"more than {limits.MaxVertices} vertices");
                    }

                    current.AddVertex(Coordinate(reader, "x", part, unit), Coordinate(reader, "y", part, unit), Coordinate(reader, "z", part, unit));
                    break;
                case "triangle" when current is not null:
                    if (++_trianglesTotal > limits.MaxTriangles)
                    {
                        throw new InvalidPrintFileException($"more than {limits.MaxTriangles} triangles");
                    }

                    var v1 = RequiredInt(reader, "v1", part);
                    var v2 = RequiredInt(reader, "v2", part);
                    var v3 = RequiredInt(reader, "v3", part);
                    if ((uint)v1 >= (uint)current.VertexCount || (uint)v2 >= (uint)current.VertexCount || (uint)v3 >= (uint)current.VertexCount)
                    {
                        throw new InvalidPrintFileException($"{part}: triangle vertex index out of range ({v1}, {v2}, {v3}; {current.VertexCount} vertices)");
                    }

                    current.AddTriangle(v1, v2, v3, keepTriangles);
                    break;
                case "component" when current is not null:
                    current.Components.Add(new ComponentRef(
                        PathAttribute(reader),
                        RequiredInt(reader, "objectid", part),
                        Affine3.Parse(reader.GetAttribute("transform"), unit) ?? throw new InvalidPrintFileException($"{part}: component transform is not 12 finite numbers")));
                    break;
                case "build":
                    inBuild = !reader.IsEmptyElement;
                    break;
                case "item" when inBuild && isRoot:
                    _items.Add(new BuildItem(
                        PathAttribute(reader),
                        RequiredInt(reader, "objectid", part),
                        Affine3.Parse(reader.GetAttribute("transform"), unit) ?? throw new InvalidPrintFileException($"{part}: build item transform is not 12 finite numbers"),
                        reader.GetAttribute("printable") is not ("0" or "false")));
                    break;
            }
        }
    }

    private static string? PathAttribute(XmlReader reader) =>
        reader.GetAttribute("path", ProductionNs) is { Length: > 0 } path ? SafeZip.Normalize(path) : null;

    private static double UnitScale(string? unit) => unit switch
    {
        null or "" or "millimeter" => 1.0,
        "micron" => 0.001,
        "centimeter" => 10.0,
        "inch" => 25.4,
        "foot" => 304.8,
        "meter" => 1000.0,
        _ => throw new InvalidPrintFileException($"unknown model unit '{unit}'"),
    };

    private static int RequiredInt(XmlReader reader, string attribute, string part) =>
        int.TryParse(reader.GetAttribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidPrintFileException($"{part}: <{reader.LocalName}> has no valid {attribute}");

    private static float Coordinate(XmlReader reader, string attribute, string part, double unit) =>
        float.TryParse(reader.GetAttribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value)
            ? (float)(value * unit)
            : throw new InvalidPrintFileException($"{part}: vertex has no finite {attribute}");

    private sealed record ComponentRef(string? Path, int ObjectId, Affine3 Transform);

    private sealed record BuildItem(string? Path, int ObjectId, Affine3 Transform, bool Printable);

    private sealed class ModelObject
    {
        private float[] _vertices = [];
        private int[]? _indices;

        public float[] Vertices => _vertices;

        public int[]? Indices => _indices;

        public int VertexCount { get; private set; }

        public int TriangleCount { get; private set; }

        public double Volume6 { get; private set; }

        public List<ComponentRef> Components { get; } = [];

        public void AddVertex(float x, float y, float z)
        {
            if ((VertexCount * 3) + 3 > _vertices.Length)
            {
                Array.Resize(ref _vertices, Math.Max(48, _vertices.Length * 2));
            }

            _vertices[VertexCount * 3] = x;
            _vertices[(VertexCount * 3) + 1] = y;
            _vertices[(VertexCount * 3) + 2] = z;
            VertexCount++;
        }

        public void AddTriangle(int a, int b, int c, bool keep)
        {
            if (keep)
            {
                _indices ??= new int[48];
                if ((TriangleCount * 3) + 3 > _indices.Length)
                {
                    Array.Resize(ref _indices, _indices.Length * 2);
                }

                _indices[TriangleCount * 3] = a;
                _indices[(TriangleCount * 3) + 1] = b;
                _indices[(TriangleCount * 3) + 2] = c;
            }

            var v = _vertices;
            double ax = v[a * 3], ay = v[(a * 3) + 1], az = v[(a * 3) + 2];
            double bx = v[b * 3], by = v[(b * 3) + 1], bz = v[(b * 3) + 2];
            double cx = v[c * 3], cy = v[(c * 3) + 1], cz = v[(c * 3) + 2];
            Volume6 += (ax * ((by * cz) - (bz * cy))) - (ay * ((bx * cz) - (bz * cx))) + (az * ((bx * cy) - (by * cx)));
            TriangleCount++;
        }
    }
}
