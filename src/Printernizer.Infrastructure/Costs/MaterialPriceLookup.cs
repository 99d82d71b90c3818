using System.Globalization;
using Dapper;
using Printernizer.Application.Costs;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Costs;

/// <summary>
/// Price per kg for a job's cost: the spool's material when a spool is known, else the cheapest material of that type
/// in stock; null when neither is known (the cost settings' per-type default then applies).
/// </summary>
public sealed class MaterialPriceLookup(SqliteConnectionFactory connections) : IMaterialPriceLookup
{
    public async Task<decimal?> PricePerKgAsync(Guid? spoolId, string? materialType, CancellationToken cancellationToken)
    {
        const string bySpool = "SELECT m.price_per_kg FROM spools s JOIN materials m ON m.id = s.material_id WHERE s.id = @SpoolId";
        const string byType =
            """
            SELECT price_per_kg FROM materials WHERE type = @Type COLLATE NOCASE
            ORDER BY CAST(price_per_kg AS REAL) LIMIT 1
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        string? text = null;
        if (spoolId is { } spool)
        {
            text = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(bySpool, new { SpoolId = spool.ToString("D") }, cancellationToken: cancellationToken));
        }

        if (text is null && !string.IsNullOrWhiteSpace(materialType))
        {
            text = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(byType, new { Type = materialType.Trim() }, cancellationToken: cancellationToken));
        }

        return text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);
    }
}
