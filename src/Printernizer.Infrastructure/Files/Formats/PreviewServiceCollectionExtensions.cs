using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Thumbnails;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Registers the print-file readers and the mesh thumbnail renderer.</summary>
public static class PreviewServiceCollectionExtensions
{
    public static IServiceCollection AddPrintFilePreviews(this IServiceCollection services, FileFormatLimits? limits = null)
    {
        services.TryAddSingleton(limits ?? FileFormatLimits.Default);
        services.TryAddSingleton<IFileInspector>(sp => new FileInspector(sp.GetRequiredService<FileFormatLimits>()));
        services.TryAddSingleton<IThumbnailRenderer>(sp => new MeshThumbnailRenderer(sp.GetRequiredService<FileFormatLimits>()));
        return services;
    }
}
