namespace Printernizer.Application.Analytics;

/// <summary>Sums of the latest cost revisions in EUR, rounded to cents.</summary>
public sealed record CostTotalsDto
{
    /// <example>31.70</example>
    public decimal Material { get; init; }

    /// <example>1.28</example>
    public decimal Energy { get; init; }

    /// <example>6.03</example>
    public decimal Machine { get; init; }

    /// <example>120.00</example>
    public decimal Labour { get; init; }

    /// <example>1.95</example>
    public decimal FailureAllowance { get; init; }

    /// <summary>Selbstkosten incl. failure allowance.</summary>
    /// <example>160.96</example>
    public decimal Total { get; init; }

    /// <summary>What the jobs really cost (without the failure allowance).</summary>
    /// <example>159.01</example>
    public decimal ActualCost { get; init; }

    /// <summary>Jobs with a frozen cost (open jobs have none yet).</summary>
    /// <example>10</example>
    public int JobsWithCost { get; init; }

    /// <example>EUR</example>
    public string Currency { get; init; } = "EUR";
}
