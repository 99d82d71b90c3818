using MediatR;

namespace Printernizer.Application.Exports.Commands.ExportDatev;

/// <summary>
/// <c>GET /api/v1/exports/datev?from&amp;to</c>: DATEV EXTF Buchungsstapel of a Berlin period (default: the current
/// month). One booking per completed business job (revenue: Selbstkosten + markup, gross, on the shared debtor) and
/// per completed private job (unentgeltliche Wertabgabe: Selbstkosten without labour, gross, on Privatentnahmen), each
/// valued with the rates frozen in the job's latest cost revision (business.md §7.3.5). Invoices and orders are not
/// part of Printernizer yet, so business jobs stand in for them. Several months: a zip of monthly batches.
/// </summary>
public sealed record ExportDatevCommand : IRequest<DatevExportResult>
{
    /// <example>2026-01-01</example>
    public DateOnly? From { get; init; }

    /// <example>2026-01-31</example>
    public DateOnly? To { get; init; }
}
