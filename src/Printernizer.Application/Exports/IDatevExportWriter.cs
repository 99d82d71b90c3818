namespace Printernizer.Application.Exports;

/// <summary>Writes one DATEV EXTF Buchungsstapel (cp1252, CRLF). Call <see cref="DatevBatchValidator"/> first.</summary>
public interface IDatevExportWriter
{
    /// <exception cref="ArgumentException">The batch has validation problems (see <see cref="DatevBatchValidator"/>).</exception>
    DatevWriteResult Write(Stream output, DatevSettings settings, DatevBatch batch);
}
