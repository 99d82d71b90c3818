using Printernizer.Domain.Access;

namespace Printernizer.Application.Access;

/// <summary>Admin users and API keys.</summary>
public interface IAccessRepository
{
    Task<bool> AnyAdminAsync(CancellationToken cancellationToken);

    /// <summary>Adds the first admin; false when an admin exists already (checked in the same transaction).</summary>
    Task<bool> TryAddFirstAdminAsync(AdminUser user, CancellationToken cancellationToken);

    Task<AdminUser?> FindAdminAsync(string username, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKey>> ListApiKeysAsync(CancellationToken cancellationToken);

    Task<ApiKey?> FindApiKeyByHashAsync(string keyHash, CancellationToken cancellationToken);

    Task AddApiKeyAsync(ApiKey key, CancellationToken cancellationToken);

    Task<bool> DeleteApiKeyAsync(Guid id, CancellationToken cancellationToken);

    Task TouchApiKeyAsync(Guid id, DateTimeOffset usedAt, CancellationToken cancellationToken);
}
