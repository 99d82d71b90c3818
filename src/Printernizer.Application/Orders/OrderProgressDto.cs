namespace Printernizer.Application.Orders;

/// <summary>Production progress from the jobs linked to the order.</summary>
public sealed record OrderProgressDto
{
    /// <example>12</example>
    public int TotalQuantity { get; init; }

    /// <example>4</example>
    public int CompletedQuantity { get; init; }

    /// <example>33.3</example>
    public decimal Percent { get; init; }

    public int LinkedJobs { get; init; }
    public int CompletedJobs { get; init; }
    public int FailedJobs { get; init; }
    public int OpenJobs { get; init; }
}
