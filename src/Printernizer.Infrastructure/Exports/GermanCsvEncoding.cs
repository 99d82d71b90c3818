namespace Printernizer.Infrastructure.Exports;

/// <summary>Encoding of the German CSV (business.md §7.2).</summary>
public enum GermanCsvEncoding
{
    /// <summary>UTF-8 with BOM (default): Excel opens it correctly by double-click.</summary>
    Utf8WithBom,

    /// <summary>Windows-1252 for legacy importers; characters it lacks become '?'.</summary>
    Windows1252,
}
