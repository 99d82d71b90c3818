using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Previews;

/// <summary>Fills a just-started job's estimates from its file's metadata where the printer gave none.</summary>
public sealed class PrintJobFileEstimates(IFileMetadataLookup lookup)
{
    /// <summary>Sets <see cref="PrintJob.EstimatedSeconds"/>, <see cref="PrintJob.MaterialEstimatedGrams"/> and <see cref="PrintJob.MaterialType"/> when missing.</summary>
    public async Task ApplyAsync(PrintJob job, CancellationToken cancellationToken)
    {
        if (job.EstimatedSeconds is not null && job.MaterialEstimatedGrams is not null && job.MaterialType is not null)
        {
            return;
        }

        var metadata = await lookup.FindAsync(job.PrinterId, job.FileName, job.FilePath, cancellationToken);
        if (metadata is null)
        {
            return;
        }

        job.EstimatedSeconds ??= metadata.PrintSeconds;
        job.MaterialEstimatedGrams ??= metadata.FilamentGrams;
        job.MaterialType ??= metadata.FilamentType;
    }
}
