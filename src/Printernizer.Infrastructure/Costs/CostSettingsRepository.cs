using Dapper;
using Printernizer.Application.Costs;
using Printernizer.Application.Exports;
using Printernizer.Domain.Costs;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Costs;

/// <summary>Cost and DATEV settings as append-only rows of <c>settings_history</c>.</summary>
public sealed class CostSettingsRepository(SqliteConnectionFactory connections, TimeProvider timeProvider) : ICostSettingsRepository
{
    private const string CostsKey = "costs";
    private const string DatevKey = "datev";

    private const string CurrentSql =
        """
        SELECT value_json AS ValueJson, valid_from AS ValidFrom, actor AS Actor FROM settings_history
        WHERE key = @Key AND valid_from <= @Now ORDER BY valid_from DESC, id DESC LIMIT 1
        """;

    public async Task<VersionedSettings<CostRates>> GetRatesAsync(CancellationToken cancellationToken)
    {
        var row = await CurrentAsync(CostsKey, cancellationToken);
        return row is null
            ? new VersionedSettings<CostRates>(CostRates.GermanDefaults, null, null)
            : new VersionedSettings<CostRates>(CostJson.Rates(row.ValueJson), row.ValidFrom, row.Actor);
    }

    public async Task<IReadOnlyList<VersionedSettings<CostRates>>> ListRatesHistoryAsync(CancellationToken cancellationToken)
    {
        const string sql =
            """
            SELECT value_json AS ValueJson, valid_from AS ValidFrom, actor AS Actor FROM settings_history
            WHERE key = @Key ORDER BY valid_from DESC, id DESC
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, new { Key = CostsKey }, cancellationToken: cancellationToken));
        return rows.Select(r => new VersionedSettings<CostRates>(CostJson.Rates(r.ValueJson), r.ValidFrom, r.Actor)).ToList();
    }

    public Task SaveRatesAsync(CostRates rates, DateTimeOffset validFrom, string actor, CancellationToken cancellationToken) =>
        InsertAsync(CostsKey, CostJson.Serialize(rates), validFrom, actor, cancellationToken);

    public async Task<VersionedSettings<DatevSettings>> GetDatevAsync(CancellationToken cancellationToken)
    {
        var row = await CurrentAsync(DatevKey, cancellationToken);
        return row is null
            ? new VersionedSettings<DatevSettings>(DatevSettings.Skr03Defaults, null, null)
            : new VersionedSettings<DatevSettings>(CostJson.Datev(row.ValueJson), row.ValidFrom, row.Actor);
    }

    public Task SaveDatevAsync(DatevSettings settings, DateTimeOffset validFrom, string actor, CancellationToken cancellationToken) =>
        InsertAsync(DatevKey, CostJson.Serialize(settings), validFrom, actor, cancellationToken);

    private async Task<Row?> CurrentAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(CurrentSql, new { Key = key, Now = timeProvider.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    private async Task InsertAsync(string key, string json, DateTimeOffset validFrom, string actor, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO settings_history (key, valid_from, value_json, actor, created_at)
            VALUES (@Key, @ValidFrom, @Json, @Actor, @CreatedAt)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { Key = key, ValidFrom = validFrom, Json = json, Actor = actor, CreatedAt = timeProvider.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    private sealed class Row
    {
        public string ValueJson { get; init; } = "";
        public DateTimeOffset ValidFrom { get; init; }
        public string? Actor { get; init; }
    }
}
