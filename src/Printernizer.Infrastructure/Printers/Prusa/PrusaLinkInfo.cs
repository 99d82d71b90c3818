namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary><c>GET /api/v1/info</c>. <see cref="Serial"/> is the stable printer identity.</summary>
public sealed record PrusaLinkInfo
{
    public double? NozzleDiameter { get; init; }
    public bool? Mmu { get; init; }
    public string? Serial { get; init; }
    public string? Hostname { get; init; }
    public int? MinExtrusionTemp { get; init; }
    public string? Name { get; init; }
    public string? Location { get; init; }
}
