namespace Printernizer.Application.Queue.Queries.GetEstimateAccuracy;

/// <summary>One printer's learned factor.</summary>
public sealed record PrinterEstimateFactorDto
{
    public Guid PrinterId { get; init; }

    /// <summary>Predicted = slicer estimate × factor.</summary>
    /// <example>1.12</example>
    public double Factor { get; init; }

    /// <example>20</example>
    public int Samples { get; init; }
}
