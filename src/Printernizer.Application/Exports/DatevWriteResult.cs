namespace Printernizer.Application.Exports;

/// <summary>
/// Outcome of writing a DATEV file: number of bookings and the characters that Windows-1252 cannot represent and were
/// transliterated or replaced by '?' (list them in the export report, business.md §7.3.1).
/// </summary>
public sealed record DatevWriteResult(int BookingCount, IReadOnlyList<string> Replacements);
