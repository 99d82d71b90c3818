namespace Printernizer.Application.Files;

/// <summary>
/// A printer's file storage (Bambu: FTPS, Prusa: PrusaLink USB, simulated: samples). Failures throw
/// <see cref="Common.Exceptions.PrinterCommunicationException"/> (unreachable, refused) or
/// <see cref="Common.Exceptions.NotFoundException"/> (no such file).
/// </summary>
public interface IPrinterFileSource : IAsyncDisposable
{
    /// <summary>Every file the printer offers (Bambu: <c>/</c>, <c>/cache</c>, <c>/model</c>; Prusa: the USB tree).</summary>
    Task<IReadOnlyList<PrinterFileEntry>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the file into <paramref name="destination"/>, reporting bytes received. With <paramref name="ifNoneMatch"/>
    /// a printer that supports ETags may answer "not modified" and write nothing.
    /// </summary>
    Task<PrinterFileDownloadResult> DownloadAsync(
        string sourcePath,
        Stream destination,
        IProgress<long>? progress,
        string? ifNoneMatch,
        CancellationToken cancellationToken);

    Task DeleteAsync(string sourcePath, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="length"/> bytes as <paramref name="fileName"/> in the printer's root (for a later print).</summary>
    Task<PrinterFileEntry> UploadAsync(string fileName, Stream content, long length, CancellationToken cancellationToken);
}
