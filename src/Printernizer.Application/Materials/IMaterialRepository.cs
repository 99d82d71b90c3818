using Printernizer.Domain.Materials;

namespace Printernizer.Application.Materials;

/// <summary>Materials and their stock figures.</summary>
public interface IMaterialRepository
{
    Task<Material?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task AddAsync(Material material, CancellationToken cancellationToken);

    Task UpdateAsync(Material material, CancellationToken cancellationToken);

    /// <summary>Deletes a material without spools; false when spools still refer to it.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);

    Task<MaterialDto?> GetDtoAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<MaterialDto>> ListAsync(MaterialFilter filter, CancellationToken cancellationToken);
}
