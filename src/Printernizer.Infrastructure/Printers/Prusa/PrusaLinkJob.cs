namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary><c>GET /api/v1/job</c> (204 = no job, also right after a job ended).</summary>
public sealed record PrusaLinkJob
{
    public int? Id { get; init; }
    public string? State { get; init; }
    public double? Progress { get; init; }
    public int? TimeRemaining { get; init; }
    public int? TimePrinting { get; init; }
    public PrusaLinkFile? File { get; init; }
}
