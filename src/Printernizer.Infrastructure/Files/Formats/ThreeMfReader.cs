using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// 3MF packages (formats.md section 4): relationships to the start part, mesh with units, build transforms and
/// Production-extension components, Bambu/Orca plates (<c>slice_info.config</c>, plate PNGs, project settings),
/// PrusaSlicer thumbnail and config.
/// </summary>
internal static partial class ThreeMfReader
{
    private const string ModelRelationship = "http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel";
    private const string ThumbnailRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail";
    private const string CoverMiddleRelationship = "http://schemas.bambulab.com/package/2021/cover-thumbnail-middle";
    private const string CoverSmallRelationship = "http://schemas.bambulab.com/package/2021/cover-thumbnail-small";

    public static void Read(Stream stream, InspectionBuilder builder, CancellationToken cancellationToken)
    {
        builder.Format = PrintFileFormat.ThreeMf;
        var limits = builder.Limits;
        using var zip = SafeZip.Open(stream, limits);
        var relationships = OpenPackage(zip, limits, out var rootPart);

        var plateNumbers = new SortedSet<int>();
        var gcodePlates = new SortedSet<int>();
        foreach (var name in zip.Names)
        {
            var match = PlatePart().Match(name);
            if (match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var plate) && plate is > 0 and < 10_000)
            {
                plateNumbers.Add(plate);
                if (match.Groups[2].Value.Equals("gcode", StringComparison.OrdinalIgnoreCase))
                {
                    gcodePlates.Add(plate);
                }
            }
        }

        builder.IsSlicedProject = gcodePlates.Count > 0;

        var model = new ThreeMfModel(zip, limits, keepTriangles: false, cancellationToken);
        model.LoadRoot(rootPart);
        var mesh = new MeshBuilder(keepTriangles: false, limits.MaxTriangles);
        model.Emit(mesh, rootPart);
        if (mesh.TriangleCount > 0)
        {
            builder.Mesh = mesh.ToInfo();
        }

        var values = builder.Values;
        if (model.Metadata.TryGetValue("Application", out var application) && application.Length > 0)
        {
            var dash = application.IndexOf('-', StringComparison.Ordinal);
            values.Slicer = dash > 0 ? application[..dash] : application;
            values.SlicerVersion = dash > 0 ? application[(dash + 1)..] : null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        ReadPrusaConfig(zip, builder);
        var bambu = ReadBambu(zip, builder, plateNumbers, gcodePlates);
        if (gcodePlates.Count > 0)
        {
            ReadPlateGCodeHeader(zip, builder, gcodePlates.Min, cancellationToken);
        }

        AddThumbnails(zip, builder, relationships, plateNumbers);

        if (bambu is not null)
        {
            builder.AdjustMetadata = bambu.Adjust;
        }
    }

    /// <summary>Loads the printable geometry (all transforms applied) for rendering.</summary>
    public static void LoadMesh(Stream stream, MeshBuilder mesh, FileFormatLimits limits, CancellationToken cancellationToken)
    {
        using var zip = SafeZip.Open(stream, limits);
        OpenPackage(zip, limits, out var rootPart);
        var model = new ThreeMfModel(zip, limits, keepTriangles: true, cancellationToken);
        model.LoadRoot(rootPart);
        model.Emit(mesh, rootPart);
    }

    private static List<(string Target, string Type)> OpenPackage(SafeZip zip, FileFormatLimits limits, out string rootPart)
    {
        if (!zip.Contains("[Content_Types].xml"))
        {
            throw new InvalidPrintFileException("zip archive is not a 3MF package (no [Content_Types].xml)");
        }

        var relationships = ReadRelationships(zip, "_rels/.rels", limits);
        rootPart = relationships.Where(r => r.Type == ModelRelationship).Select(r => r.Target).FirstOrDefault(zip.Contains)
            ?? (zip.Contains("3D/3dmodel.model")
                ? "3D/3dmodel.model"
                : zip.Names.FirstOrDefault(n => n.StartsWith("3D/", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".model", StringComparison.OrdinalIgnoreCase)))
            ?? throw new InvalidPrintFileException("3MF package has no 3D model part");
        return relationships;
    }

    private static List<(string Target, string Type)> ReadRelationships(SafeZip zip, string part, FileFormatLimits limits)
    {
        var result = new List<(string, string)>();
        using var stream = zip.OpenPart(part, limits.MaxMetadataBytes);
        if (stream is null)
        {
            return result;
        }

        ParseXml(stream, part, limits, reader =>
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && result.Count < 1000)
            {
                var target = reader.GetAttribute("Target");
                var type = reader.GetAttribute("Type");
                if (!string.IsNullOrEmpty(target) && !string.IsNullOrEmpty(type))
                {
                    result.Add((SafeZip.Normalize(target), type));
                }
            }
        });
        return result;
    }

    /// <summary>Streams an XML part; a DTD (XXE attempt) or malformed XML becomes an <see cref="InvalidPrintFileException"/>.</summary>
    private static void ParseXml(Stream stream, string part, FileFormatLimits limits, Action<XmlReader> visit)
    {
        try
        {
            using var reader = SafeZip.CreateXmlReader(stream, limits.MaxMetadataBytes);
            while (reader.Read())
            {
                visit(reader);
            }
        }
        catch (XmlException ex)
        {
            throw new InvalidPrintFileException($"{part}: invalid XML ({ex.Message})", ex);
        }
    }

    private static void ReadPrusaConfig(SafeZip zip, InspectionBuilder builder)
    {
        var bytes = zip.ReadPart("Metadata/Slic3r_PE.config", builder.Limits.MaxMetadataBytes);
        if (bytes is null)
        {
            return;
        }

        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var trimmed = line.TrimEnd('\r').TrimStart();
            if (trimmed.StartsWith(';'))
            {
                GCodeReader.InspectComment(trimmed[1..].Trim(), builder.Values);
            }
        }
    }

    /// <summary>
    /// Reads only the header/config comments at the top of the first plate's G-code (inflating stops at the first
    /// command) for what slice_info.config lacks, such as the layer count.
    /// </summary>
    private static void ReadPlateGCodeHeader(SafeZip zip, InspectionBuilder builder, int plate, CancellationToken cancellationToken)
    {
        var part = $"Metadata/plate_{plate.ToString(CultureInfo.InvariantCulture)}.gcode";
        using var stream = zip.OpenPart(part, builder.Limits.MaxZipPartBytes);
        if (stream is null)
        {
            return;
        }

        var plateBuilder = new InspectionBuilder(part, 0, builder.Limits);
        GCodeReader.ReadHeadOnly(stream, plateBuilder, cancellationToken);
        foreach (var key in new[] { "total layer number", "printer_model", "layer_height", "nozzle_diameter" })
        {
            if (builder.Values.Get(key) is null && plateBuilder.Values.Get(key) is { } value)
            {
                builder.Values.Set(key, value);
            }
        }
    }

    private static BambuProject? ReadBambu(SafeZip zip, InspectionBuilder builder, SortedSet<int> plateNumbers, SortedSet<int> gcodePlates)
    {
        var limits = builder.Limits;
        var hasSliceInfo = zip.Contains("Metadata/slice_info.config");
        var hasProject = zip.Contains("Metadata/project_settings.config");
        var hasModelSettings = zip.Contains("Metadata/model_settings.config");
        if (!hasSliceInfo && !hasProject && !hasModelSettings && gcodePlates.Count == 0)
        {
            return null;
        }

        var project = new BambuProject(gcodePlates);
        foreach (var plate in plateNumbers)
        {
            project.PlateIds.Add(plate);
        }

        TryAuxiliary(builder, "Metadata/project_settings.config", () => ReadProjectSettings(zip, builder.Values, limits));
        TryAuxiliary(builder, "Metadata/model_settings.config", () => ReadModelSettings(zip, project, limits));
        TryAuxiliary(builder, "Metadata/slice_info.config", () => ReadSliceInfo(zip, project, builder.Values, limits));
        return project;
    }

    /// <summary>Auxiliary parts are optional: damage there is a warning, but hostile XML (DTD) and zip bombs are fatal.</summary>
    private static void TryAuxiliary(InspectionBuilder builder, string part, Action read)
    {
        try
        {
            read();
        }
        catch (InvalidPrintFileException ex) when (ex.InnerException is XmlException xml && !xml.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            builder.Warn($"{part} ignored: {ex.Message}");
        }
        catch (JsonException ex)
        {
            builder.Warn($"{part} ignored: invalid JSON ({ex.Message})");
        }
    }

    private static void ReadProjectSettings(SafeZip zip, SlicerValues values, FileFormatLimits limits)
    {
        var bytes = zip.ReadPart("Metadata/project_settings.config", limits.MaxJsonBytes);
        if (bytes is null)
        {
            return;
        }

        using var document = JsonDocument.Parse(bytes);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var (key, separator) in new[] { ("printer_model", ";"), ("layer_height", ","), ("nozzle_diameter", ","), ("filament_type", ";"), ("filament_colour", ";"), ("filament_density", ","), ("filament_diameter", ",") })
        {
            if (!document.RootElement.TryGetProperty(key, out var element))
            {
                continue;
            }

            var text = element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Number => element.GetRawText(),
                JsonValueKind.Array => string.Join(separator, element.EnumerateArray().Take(256).Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
                _ => null,
            };
            if (text is not null)
            {
                values.Set(key, text);
            }
        }
    }

    private static void ReadModelSettings(SafeZip zip, BambuProject project, FileFormatLimits limits)
    {
        using var stream = zip.OpenPart("Metadata/model_settings.config", limits.MaxMetadataBytes);
        if (stream is null)
        {
            return;
        }

        var inPlate = false;
        ParseXml(stream, "Metadata/model_settings.config", limits, reader =>
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "plate")
            {
                inPlate = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                return;
            }

            if (reader.LocalName == "plate")
            {
                inPlate = !reader.IsEmptyElement;
                return;
            }

            if (reader.LocalName != "metadata")
            {
                return;
            }

            var key = reader.GetAttribute("key");
            var value = reader.GetAttribute("value");
            if (inPlate && key == "plater_id" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var plate) && plate is > 0 and < 10_000)
            {
                project.PlateIds.Add(plate);
            }
            else if (!inPlate && key == "extruder" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var extruder) && extruder is > 0 and < 1000)
            {
                project.AssignedExtruders.Add(extruder);
            }
        });
    }

    private static void ReadSliceInfo(SafeZip zip, BambuProject project, SlicerValues values, FileFormatLimits limits)
    {
        using var stream = zip.OpenPart("Metadata/slice_info.config", limits.MaxMetadataBytes);
        if (stream is null)
        {
            return;
        }

        SlicedPlate? plate = null;
        ParseXml(stream, "Metadata/slice_info.config", limits, reader =>
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "plate")
            {
                if (plate?.Index is > 0)
                {
                    project.Sliced.Add(plate);
                }

                plate = null;
                return;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                return;
            }

            switch (reader.LocalName)
            {
                case "header_item" when reader.GetAttribute("key") == "X-BBL-Client-Version":
                    values.SlicerVersion ??= reader.GetAttribute("value");
                    break;
                case "plate":
                    plate = reader.IsEmptyElement ? null : new SlicedPlate();
                    break;
                case "metadata" when plate is not null:
                    var value = reader.GetAttribute("value");
                    switch (reader.GetAttribute("key"))
                    {
                        case "index":
                            plate.Index = SlicerValues.Integer(value);
                            break;
                        case "prediction":
                            plate.Seconds = DurationParser.ParseSeconds(value);
                            break;
                        case "weight":
                            plate.Weight = SlicerValues.Number(value);
                            break;
                    }

                    break;
                case "filament" when plate is not null && plate.Filaments.Count < 256:
                    var grams = SlicerValues.Number(reader.GetAttribute("used_g"));
                    var metres = SlicerValues.Number(reader.GetAttribute("used_m"));
                    plate.Filaments.Add(new FilamentUsage(
                        SlicerValues.Integer(reader.GetAttribute("id")) ?? plate.Filaments.Count + 1,
                        reader.GetAttribute("type") is { Length: > 0 } type ? type : null,
                        SlicerValues.Colour(reader.GetAttribute("color")),
                        grams,
                        metres * 1000m));
                    break;
            }
        });
    }

    private static void AddThumbnails(SafeZip zip, InspectionBuilder builder, List<(string Target, string Type)> relationships, SortedSet<int> plateNumbers)
    {
        var added = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string part, int? plate)
        {
            part = SafeZip.Normalize(part);
            if (!added.Add(part) || !zip.Contains(part))
            {
                return;
            }

            var bytes = zip.ReadPart(part, builder.Limits.MaxThumbnailBytes);
            if (bytes is not null)
            {
                builder.AddThumbnail(bytes, part, plate);
            }
        }

        foreach (var plate in plateNumbers)
        {
            var n = plate.ToString(CultureInfo.InvariantCulture);
            Add($"Metadata/plate_{n}.png", plate);
            Add($"Metadata/plate_{n}_small.png", plate);
        }

        foreach (var type in new[] { ThumbnailRelationship, CoverMiddleRelationship, CoverSmallRelationship })
        {
            foreach (var relationship in relationships.Where(r => r.Type == type))
            {
                Add(relationship.Target, null);
            }
        }

        Add("Metadata/thumbnail.png", null);
        Add("Auxiliaries/.thumbnails/thumbnail_middle.png", null);
        Add("Auxiliaries/.thumbnails/thumbnail_small.png", null);
        Add("Auxiliaries/.thumbnails/thumbnail_3mf.png", null);
    }

    [GeneratedRegex(@"^Metadata/plate_(\d{1,4})\.(png|gcode)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlatePart();

    private sealed class SlicedPlate
    {
        public int? Index { get; set; }

        public int? Seconds { get; set; }

        public decimal? Weight { get; set; }

        public List<FilamentUsage> Filaments { get; } = [];
    }

    private sealed class BambuProject(SortedSet<int> gcodePlates)
    {
        public SortedSet<int> PlateIds { get; } = [];

        public SortedSet<int> AssignedExtruders { get; } = [];

        public List<SlicedPlate> Sliced { get; } = [];

        public PrintFileMetadata Adjust(PrintFileMetadata metadata)
        {
            foreach (var sliced in Sliced)
            {
                PlateIds.Add(sliced.Index!.Value);
            }

            var plates = PlateIds.Select(index =>
            {
                var sliced = Sliced.FirstOrDefault(p => p.Index == index);
                var grams = sliced is null ? null : (sliced.Filaments.Any(f => f.Grams is not null) ? sliced.Filaments.Sum(f => f.Grams ?? 0m) : sliced.Weight);
                var gcode = gcodePlates.Contains(index) ? $"Metadata/plate_{index.ToString(CultureInfo.InvariantCulture)}.gcode" : null;
                return new PlateInfo(index, sliced is not null || gcode is not null, sliced?.Seconds, grams, sliced?.Filaments.ToArray() ?? [], gcode);
            }).ToArray();

            IReadOnlyList<FilamentUsage> filaments;
            if (Sliced.Count > 0)
            {
                filaments = Sliced.SelectMany(p => p.Filaments)
                    .GroupBy(f => f.Slot)
                    .OrderBy(g => g.Key)
                    .Select(g => new FilamentUsage(g.Key, g.First().Type, g.First().ColorHex, SumOrNull(g.Select(f => f.Grams)), SumOrNull(g.Select(f => f.LengthMm))))
                    .ToArray();
            }
            else if (AssignedExtruders.Count > 0)
            {
                var configured = metadata.Filaments.ToDictionary(f => f.Slot);
                filaments = AssignedExtruders.Select(slot => configured.TryGetValue(slot, out var f) ? f : new FilamentUsage(slot, null, null, null, null)).ToArray();
            }
            else
            {
                filaments = metadata.Filaments;
            }

            var slicedPlates = plates.Where(p => p.PrintSeconds is not null || p.FilamentGrams is not null).ToArray();
            return metadata with
            {
                PrintSeconds = slicedPlates.Any(p => p.PrintSeconds is not null) ? slicedPlates.Sum(p => p.PrintSeconds ?? 0) : metadata.PrintSeconds,
                FilamentGrams = slicedPlates.Any(p => p.FilamentGrams is not null) ? slicedPlates.Sum(p => p.FilamentGrams ?? 0m) : metadata.FilamentGrams,
                FilamentLengthMm = Sliced.Count > 0 ? SumOrNull(filaments.Select(f => f.LengthMm)) : metadata.FilamentLengthMm,
                Filaments = filaments,
                FilamentTypes = filaments.Select(f => f.Type).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                PlateCount = plates.Length,
                Plates = plates,
            };
        }

        private static decimal? SumOrNull(IEnumerable<decimal?> values)
        {
            var list = values.ToList();
            return list.Any(v => v is not null) ? list.Sum(v => v ?? 0m) : null;
        }
    }
}
