namespace Printernizer.Application.Exports;

/// <summary>
/// Writes a job export (xlsx or German CSV) to a stream. Synchronous: write into a MemoryStream or file (the export
/// journal stores the bytes and their SHA-256 anyway), not straight into an HTTP response body.
/// </summary>
public interface IJobExportWriter
{
    /// <summary>"xlsx" or "csv" (the <c>format</c> query value).</summary>
    string Format { get; }

    string ContentType { get; }

    string FileExtension { get; }

    void Write(Stream output, IEnumerable<JobExportRow> rows, JobExportInfo info);
}
