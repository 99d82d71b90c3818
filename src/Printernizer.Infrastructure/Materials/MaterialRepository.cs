using System.Globalization;
using Dapper;
using Printernizer.Application.Materials;
using Printernizer.Domain.Materials;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Materials;

/// <summary>Materials in SQLite; stock is the sum of the remaining grams of unarchived spools.</summary>
public sealed class MaterialRepository(SqliteConnectionFactory connections) : IMaterialRepository
{
    private const string SelectWithStock =
        """
        SELECT * FROM (
            SELECT m.id AS Id, m.type AS Type, m.brand AS Brand, m.color_name AS ColorName, m.color_hex AS ColorHex,
                   m.price_per_kg AS PricePerKg, m.density_gcm3 AS DensityGcm3, m.low_stock_mg AS LowStockMg,
                   m.created_at AS CreatedAt, m.updated_at AS UpdatedAt,
                   COALESCE((SELECT SUM(s.remaining_mg) FROM spools s WHERE s.material_id = m.id AND s.archived = 0), 0) AS StockMg,
                   (SELECT COUNT(*) FROM spools s WHERE s.material_id = m.id AND s.archived = 0) AS SpoolCount
            FROM materials m) x
        """;

    public async Task<Material?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await GetRowAsync(id, cancellationToken))?.ToMaterial();

    public async Task<MaterialDto?> GetDtoAsync(Guid id, CancellationToken cancellationToken) =>
        (await GetRowAsync(id, cancellationToken))?.ToDto();

    public async Task AddAsync(Material material, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO materials (id, type, brand, color_name, color_hex, price_per_kg, density_gcm3, low_stock_mg, created_at, updated_at)
            VALUES (@Id, @Type, @Brand, @ColorName, @ColorHex, @PricePerKg, @DensityGcm3, @LowStockMg, @CreatedAt, @UpdatedAt)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, Parameters(material), cancellationToken: cancellationToken));
    }

    public async Task UpdateAsync(Material material, CancellationToken cancellationToken)
    {
        const string sql =
            """
            UPDATE materials SET type = @Type, brand = @Brand, color_name = @ColorName, color_hex = @ColorHex, price_per_kg = @PricePerKg,
                   density_gcm3 = @DensityGcm3, low_stock_mg = @LowStockMg, updated_at = @UpdatedAt
            WHERE id = @Id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, Parameters(material), cancellationToken: cancellationToken));
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM materials WHERE id = @Id AND NOT EXISTS (SELECT 1 FROM spools WHERE material_id = @Id)";
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<MaterialDto>> ListAsync(MaterialFilter filter, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (filter.Type is { } type)
        {
            where.Add("x.Type = @Type COLLATE NOCASE");
            parameters.Add("Type", type);
        }

        if (filter.Brand is { } brand)
        {
            where.Add("x.Brand = @Brand COLLATE NOCASE");
            parameters.Add("Brand", brand);
        }

        if (filter.LowStock is { } low)
        {
            where.Add(low ? "(x.LowStockMg IS NOT NULL AND x.StockMg < x.LowStockMg)" : "(x.LowStockMg IS NULL OR x.StockMg >= x.LowStockMg)");
        }

        var sql = SelectWithStock + (where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where)) +
                  " ORDER BY x.Type COLLATE NOCASE, x.Brand COLLATE NOCASE, x.ColorName COLLATE NOCASE, x.Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MaterialRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDto()).ToList();
    }

    private async Task<MaterialRow?> GetRowAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql = SelectWithStock + " WHERE x.Id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<MaterialRow>(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken));
    }

    private static object Parameters(Material m) => new
    {
        m.Id,
        m.Type,
        m.Brand,
        m.ColorName,
        m.ColorHex,
        PricePerKg = m.PricePerKg.ToString(CultureInfo.InvariantCulture),
        DensityGcm3 = m.DensityGcm3.ToString(CultureInfo.InvariantCulture),
        LowStockMg = m.LowStockGrams is { } grams ? Milligrams.FromGrams(grams) : (long?)null,
        m.CreatedAt,
        m.UpdatedAt,
    };
}
