using Printernizer.Application.Common;
using Printernizer.Domain.Jobs;

namespace Printernizer.Infrastructure.Exports;

/// <summary>Shared rules of the Excel and CSV exports (business.md §7.1/§7.2).</summary>
internal static class ExportText
{
    /// <summary>
    /// Formula-injection guard (OWASP ASVS 1.2.10): a text cell starting with = + - @ tab or CR gets a leading '.
    /// Only for text; numbers are never touched.
    /// </summary>
    public static string? Guard(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    public static string Status(JobStatus status) => status switch
    {
        JobStatus.Printing => "Druckt",
        JobStatus.Paused => "Pausiert",
        JobStatus.Completed => "Abgeschlossen",
        JobStatus.Failed => "Fehlgeschlagen",
        JobStatus.Cancelled => "Abgebrochen",
        JobStatus.Interrupted => "Unterbrochen",
        _ => status.ToString(),
    };

    public static string Category(JobCategory category) => category switch
    {
        JobCategory.Business => "Geschäftlich",
        JobCategory.Private => "Privat",
        JobCategory.Unassigned => "Nicht zugeordnet",
        _ => category.ToString(),
    };

    /// <summary>Berlin wall-clock time without offset (Excel stores no zones, business.md §6).</summary>
    public static DateTime Local(DateTimeOffset instant) =>
        DateTime.SpecifyKind(BerlinTime.ToBerlin(instant).DateTime, DateTimeKind.Unspecified);

    public static string JobId(Guid id) => id.ToString("D");
}
