using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Monitoring;

/// <summary>Live status of one printer (<c>GET /api/v1/printers/{id}/status</c>, SSE <c>printer.status</c>).</summary>
public sealed record PrinterStatusDto
{
    public Guid PrinterId { get; init; }

    /// <example>printing</example>
    public PrinterState State { get; init; }

    public bool Connected { get; init; }

    /// <summary>Why the printer is offline, in plain words (null when connected).</summary>
    public string? OfflineReason { get; init; }

    public DateTimeOffset? LastSeenAt { get; init; }

    /// <example>42.5</example>
    public decimal? ProgressPercent { get; init; }

    /// <example>3120</example>
    public int? RemainingSeconds { get; init; }

    public int? ElapsedSeconds { get; init; }

    public int? CurrentLayer { get; init; }

    public int? TotalLayers { get; init; }

    public string? JobName { get; init; }

    public string? FileName { get; init; }

    public Guid? CurrentJobId { get; init; }

    public TemperatureReadings Temperatures { get; init; } = new();

    public IReadOnlyList<PrinterError> Errors { get; init; } = [];

    /// <summary>Material loaded in the printer (Bambu AMS trays / external spool, Prusa extruder), as last reported.</summary>
    public IReadOnlyList<LoadedMaterial> LoadedMaterials { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }

    public static PrinterStatusDto Offline(Guid printerId, string? reason, DateTimeOffset now, DateTimeOffset? lastSeenAt = null) => new()
    {
        PrinterId = printerId,
        State = PrinterState.Offline,
        Connected = false,
        OfflineReason = reason,
        LastSeenAt = lastSeenAt,
        UpdatedAt = now,
    };
}
