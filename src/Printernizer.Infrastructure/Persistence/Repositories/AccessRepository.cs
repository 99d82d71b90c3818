using Dapper;
using Printernizer.Application.Access;
using Printernizer.Domain.Access;

namespace Printernizer.Infrastructure.Persistence.Repositories;

/// <summary>Admin users and API keys in SQLite.</summary>
public sealed class AccessRepository(SqliteConnectionFactory connections) : IAccessRepository
{
    public async Task<bool> AnyAdminAsync(CancellationToken cancellationToken)
    {
        const string sql = "SELECT EXISTS (SELECT 1 FROM admin_users)";
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> TryAddFirstAdminAsync(AdminUser user, CancellationToken cancellationToken)
    {
        // INSERT ... WHERE NOT EXISTS is atomic in SQLite (one writer): two concurrent setups create one admin.
        const string sql =
            """
            INSERT INTO admin_users (id, username, password_hash, created_at)
            SELECT @Id, @Username, @PasswordHash, @CreatedAt
            WHERE NOT EXISTS (SELECT 1 FROM admin_users)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { user.Id, user.Username, user.PasswordHash, user.CreatedAt }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<AdminUser?> FindAdminAsync(string username, CancellationToken cancellationToken)
    {
        const string sql =
            """
            SELECT id AS Id, username AS Username, password_hash AS PasswordHash, created_at AS CreatedAt
            FROM admin_users WHERE username = @Username COLLATE NOCASE
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AdminUser>(new CommandDefinition(sql, new { Username = username }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ApiKey>> ListApiKeysAsync(CancellationToken cancellationToken)
    {
        const string sql = ApiKeyColumns + " ORDER BY created_at";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ApiKeyRow>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return rows.Select(ToApiKey).ToList();
    }

    public async Task<ApiKey?> FindApiKeyByHashAsync(string keyHash, CancellationToken cancellationToken)
    {
        const string sql = ApiKeyColumns + " WHERE key_hash = @KeyHash";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(sql, new { KeyHash = keyHash }, cancellationToken: cancellationToken));
        return row is null ? null : ToApiKey(row);
    }

    public async Task AddApiKeyAsync(ApiKey key, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO api_keys (id, name, scopes, key_hash, prefix, created_at, last_used_at)
            VALUES (@Id, @Name, @Scopes, @KeyHash, @Prefix, @CreatedAt, NULL)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            key.Id,
            key.Name,
            Scopes = string.Join(',', key.Scopes.Select(EnumText.ToText)),
            key.KeyHash,
            key.Prefix,
            key.CreatedAt,
        }, cancellationToken: cancellationToken));
    }

    public async Task<bool> DeleteApiKeyAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM api_keys WHERE id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task TouchApiKeyAsync(Guid id, DateTimeOffset usedAt, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE api_keys SET last_used_at = @UsedAt WHERE id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = id, UsedAt = usedAt }, cancellationToken: cancellationToken));
    }

    private const string ApiKeyColumns =
        """
        SELECT id AS Id, name AS Name, scopes AS Scopes, key_hash AS KeyHash, prefix AS Prefix,
               created_at AS CreatedAt, last_used_at AS LastUsedAt
        FROM api_keys
        """;

    private static ApiKey ToApiKey(ApiKeyRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Scopes = row.Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(EnumText.Parse<ApiKeyScope>).ToList(),
        KeyHash = row.KeyHash,
        Prefix = row.Prefix,
        CreatedAt = row.CreatedAt,
        LastUsedAt = row.LastUsedAt,
    };

    private sealed class ApiKeyRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Scopes { get; init; } = "";
        public string KeyHash { get; init; } = "";
        public string Prefix { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? LastUsedAt { get; init; }
    }
}
