using Printernizer.Application.Printers.Drivers;

namespace Printernizer.Application.Queue;

/// <summary>The material each printer last reported as loaded (in memory).</summary>
public interface ILoadedMaterialStore
{
    IReadOnlyList<LoadedMaterial> Get(Guid printerId);

    void Set(Guid printerId, IReadOnlyList<LoadedMaterial> materials);
}
