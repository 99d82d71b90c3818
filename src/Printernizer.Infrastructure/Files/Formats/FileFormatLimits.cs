namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Safety limits for the print-file readers (formats.md section 6). Defaults follow the suggested values.</summary>
public sealed record FileFormatLimits
{
    public long MaxFileBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Wall-clock budget per file; over it the file is reported unreadable.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Plain G-code: bytes scanned from the start (thumbnails, headers, Bambu config).</summary>
    public int GCodeHeadBytes { get; init; } = 4 * 1024 * 1024;

    public int GCodeHeadLines { get; init; } = 20_000;

    /// <summary>Plain G-code: bytes read from the end (statistics and config block).</summary>
    public int GCodeTailBytes { get; init; } = 512 * 1024;

    public int MaxLineBytes { get; init; } = 64 * 1024;

    public int MaxThumbnailBytes { get; init; } = 16 * 1024 * 1024;

    public int MaxThumbnails { get; init; } = 16;

    public int MaxMetadataBytes { get; init; } = 16 * 1024 * 1024;

    public int MaxZipEntries { get; init; } = 10_000;

    public long MaxZipTotalInflatedBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Largest inflated size of one zip part that is read into memory (XML/config/PNG).</summary>
    public long MaxZipPartBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Inflated:compressed ratio over which a part is rejected (once it is past <see cref="CompressionRatioGraceBytes"/>).</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    public long CompressionRatioGraceBytes { get; init; } = 1024 * 1024;

    public int MaxJsonBytes { get; init; } = 8 * 1024 * 1024;

    public long MaxTriangles { get; init; } = 20_000_000;

    public long MaxVertices { get; init; } = 20_000_000;

    public int MaxComponentDepth { get; init; } = 16;

    public static FileFormatLimits Default { get; } = new();
}
