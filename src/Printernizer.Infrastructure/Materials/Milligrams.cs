namespace Printernizer.Infrastructure.Materials;

/// <summary>Grams in the API, integer milligrams in storage (exact, atomic arithmetic in SQL).</summary>
internal static class Milligrams
{
    public static long FromGrams(decimal grams) => (long)Math.Round(grams * 1000m, MidpointRounding.AwayFromZero);

    public static decimal ToGrams(long milligrams) => milligrams / 1000m;

    public static decimal? ToGrams(long? milligrams) => milligrams is { } mg ? mg / 1000m : null;
}
