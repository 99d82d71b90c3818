namespace Printernizer.Application.Diagnostics.Queries.GetHealth;

/// <summary><c>{ status: "ok", version, database: "ok", printers: { total, connected } }</c></summary>
public sealed record HealthDto(string Status, string Version, string Database, PrinterCountsDto Printers);

public sealed record PrinterCountsDto(int Total, int Connected);
