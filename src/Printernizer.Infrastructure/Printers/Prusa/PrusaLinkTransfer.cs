namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>An upload or download in progress (<c>status.transfer</c> or <c>GET /api/v1/transfer</c>).</summary>
public sealed record PrusaLinkTransfer
{
    public int? Id { get; init; }
    public string? Type { get; init; }
    public string? DisplayName { get; init; }
    public string? Path { get; init; }

    /// <summary>Bytes; Buddy sends this as a string.</summary>
    public long? Size { get; init; }
    public double? Progress { get; init; }

    /// <summary>Bytes transferred (Buddy: <c>transferred</c>; the spec: <c>data_transferred</c>).</summary>
    public long? Transferred { get; init; }
    public long? DataTransferred { get; init; }
    public int? TimeRemaining { get; init; }
    public int? TimeTransferring { get; init; }
    public bool? ToPrint { get; init; }
}
