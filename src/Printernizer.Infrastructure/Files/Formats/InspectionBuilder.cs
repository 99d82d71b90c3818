using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Mutable accumulator the readers fill; turned into an immutable <see cref="FileInspection"/> at the end.</summary>
internal sealed class InspectionBuilder(string fileName, long sizeBytes, FileFormatLimits limits)
{
    public string FileName { get; } = fileName;

    public long SizeBytes { get; } = sizeBytes;

    public FileFormatLimits Limits { get; } = limits;

    public PrintFileFormat Format { get; set; }

    public bool IsSlicedProject { get; set; }

    public SlicerValues Values { get; } = new();

    /// <summary>Set by readers that produce metadata without <see cref="Values"/> (Bambu 3MF); overrides the interpretation.</summary>
    public Func<PrintFileMetadata, PrintFileMetadata>? AdjustMetadata { get; set; }

    public List<EmbeddedThumbnail> Thumbnails { get; } = [];

    public List<string> Warnings { get; } = [];

    public MeshInfo? Mesh { get; set; }

    public void Warn(string warning)
    {
        if (Warnings.Count < 100)
        {
            Warnings.Add(warning);
        }
    }

    /// <summary>Validates and adds an embedded image; damaged images become warnings.</summary>
    public void AddThumbnail(byte[] data, string source, int? plate = null, ThumbnailImageFormat? expected = null, int declaredWidth = 0, int declaredHeight = 0)
    {
        if (Thumbnails.Count >= Limits.MaxThumbnails)
        {
            Warn($"{source}: more than {Limits.MaxThumbnails} thumbnails, ignored");
            return;
        }

        if (data.Length > Limits.MaxThumbnailBytes)
        {
            Warn($"{source}: thumbnail of {data.Length} bytes is over the limit, ignored");
            return;
        }

        var thumbnail = ThumbnailFactory.Create(data, source, plate, out var problem, declaredWidth, declaredHeight);
        if (thumbnail is null)
        {
            Warn($"thumbnail damaged: {problem}");
            return;
        }

        if (expected is { } format && thumbnail.SourceFormat != format)
        {
            Warn($"thumbnail damaged: {source}: declared {format} but the data is {thumbnail.SourceFormat}");
            return;
        }

        Thumbnails.Add(thumbnail);
    }

    public FileInspection Build(string? unreadable = null)
    {
        var metadata = Values.ToMetadata();
        if (AdjustMetadata is not null)
        {
            metadata = AdjustMetadata(metadata);
        }

        return new FileInspection
        {
            FileName = FileName,
            SizeBytes = SizeBytes,
            Format = Format,
            IsSlicedProject = IsSlicedProject,
            Metadata = metadata,
            Thumbnails = Thumbnails.ToArray(),
            Mesh = Mesh,
            Warnings = Warnings.ToArray(),
            Unreadable = unreadable is null ? null : "unreadable: " + unreadable,
        };
    }
}
