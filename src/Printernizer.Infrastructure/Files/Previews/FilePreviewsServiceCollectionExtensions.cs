using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;

namespace Printernizer.Infrastructure.Files.Previews;

public static class FilePreviewsServiceCollectionExtensions
{
    /// <summary>
    /// File previews: the readers and renderer, the thumbnail cache, background inspection of local copies (hosted), the
    /// thumbnail and preview-kind ports and the file metadata lookup for job estimates.
    /// </summary>
    public static IServiceCollection AddFilePreviews(this IServiceCollection services)
    {
        services.AddPrintFilePreviews();
        services.AddSingleton<ThumbnailCache>();
        services.AddSingleton<FilePreviewStore>();
        services.AddSingleton<IFilePreviewKinds>(sp => sp.GetRequiredService<FilePreviewStore>());
        services.AddSingleton<IFileMetadataLookup>(sp => sp.GetRequiredService<FilePreviewStore>());
        services.AddSingleton<FilePreviewBuilder>();
        services.AddSingleton<PrusaThumbnailFetcher>();
        services.AddScoped<IFileThumbnails, FileThumbnails>();
        services.AddScoped<PrintJobFileEstimates>();
        services.TryAddSingleton<FileChangeSignal>();
        services.AddHostedService<FilePreviewWorker>();
        return services;
    }
}
