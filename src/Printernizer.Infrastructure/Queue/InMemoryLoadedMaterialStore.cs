using System.Collections.Concurrent;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Application.Queue;

namespace Printernizer.Infrastructure.Queue;

/// <summary>Loaded materials per printer, as last reported (singleton).</summary>
public sealed class InMemoryLoadedMaterialStore : ILoadedMaterialStore
{
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<LoadedMaterial>> _materials = new();

    public IReadOnlyList<LoadedMaterial> Get(Guid printerId) => _materials.TryGetValue(printerId, out var list) ? list : [];

    public void Set(Guid printerId, IReadOnlyList<LoadedMaterial> materials) => _materials[printerId] = materials;
}
