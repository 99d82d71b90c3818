namespace Printernizer.Domain.Costs;

/// <summary>Commercial rounding of money (business.md §4.4): half-up to 0.01 €, never banker's rounding.</summary>
public static class Money
{
    public const string Currency = "EUR";

    /// <summary>Rounds to cents, half away from zero (0.125 → 0.13).</summary>
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
