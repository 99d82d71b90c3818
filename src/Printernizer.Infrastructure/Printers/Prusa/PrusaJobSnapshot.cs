namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>
/// What the driver remembers about the current or last job: <c>/api/v1/job</c> answers 204 once a job ended,
/// so names and the last progress must be kept to report FINISHED/STOPPED with the right job.
/// </summary>
/// <param name="Id">PrusaLink job id (increments with each print).</param>
/// <param name="DisplayName">Long file name (LFN), e.g. <c>benchy_0.4n_PLA.bgcode</c>.</param>
/// <param name="ShortName">8.3 short name (SFN), e.g. <c>BENCHY~1.BGC</c>.</param>
/// <param name="FilePath">Download path on the printer, e.g. <c>/usb/BENCHY~1.BGC</c>.</param>
/// <param name="Size">Bytes, when the printer said.</param>
/// <param name="LastProgressPercent">Last progress seen in a status.</param>
/// <param name="LastElapsedSeconds">Last printing time seen in a status.</param>
public sealed record PrusaJobSnapshot(
    int Id,
    string? DisplayName,
    string? ShortName,
    string? FilePath,
    long? Size,
    decimal? LastProgressPercent,
    int? LastElapsedSeconds)
{
    public static PrusaJobSnapshot From(PrusaLinkJob job, int id)
    {
        var file = job.File;
        string? path = file?.Refs?.Download;
        if (path is null && file?.Name is { Length: > 0 } name)
        {
            var folder = string.IsNullOrEmpty(file.Path) ? "/usb" : file.Path.TrimEnd('/');
            path = folder + "/" + name;
        }

        return new PrusaJobSnapshot(
            id,
            string.IsNullOrEmpty(file?.DisplayName) ? null : file.DisplayName,
            file?.Name,
            path,
            file?.Size,
            PrusaStatusMapper.ToPercent(job.Progress),
            job.TimePrinting);
    }
}
