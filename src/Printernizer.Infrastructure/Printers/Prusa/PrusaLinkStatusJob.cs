namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>The <c>job</c> part of <c>/api/v1/status</c>.</summary>
public sealed record PrusaLinkStatusJob
{
    public int? Id { get; init; }

    /// <summary>Percent 0–100 (an integer on older firmware).</summary>
    public double? Progress { get; init; }

    /// <summary>Seconds; omitted when unknown.</summary>
    public int? TimeRemaining { get; init; }

    public int? TimePrinting { get; init; }

    public int? FilamentChangeIn { get; init; }
}
