using MediatR;

namespace Printernizer.Application.Exports.Commands.ExportDatev;

/// <summary>
/// <c>GET /api/v1/exports/datev?from&amp;to</c>: DATEV EXTF Buchungsstapel of a Berlin period (default: the current
/// month). One booking per completed business job (revenue: Selbstkosten + markup, gross, on the shared debtor) and
/// per completed private job (unentgeltliche Wertabgabe: Selbstkosten without labour, gross, on Privatentnahmen), each
/// valued with the rates frozen in the job's latest cost revision (business.md §7.3.5). Invoices and orders are not
/// part of Printernizer yet, so business jobs stand in for them. Several months: a zip of monthly batches.
/// Belegfeld 1 is a running number per year (<c>EB-2026-0001</c>, <c>PJ-2026-0001</c>, <see cref="IDatevDocumentNumbers"/>).
/// Unmet rules (e.g. no Beraternummer) throw a <see cref="Common.Exceptions.BusinessRuleException"/> with field errors (422).
/// </summary>
public sealed record ExportDatevCommand : IRequest<ExportFile>
{
    /// <summary>First Berlin day (inclusive); empty = the first day of the current month (or of the month of <c>to</c>).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last Berlin day (inclusive); empty = the last day of the current month (or of the month of <c>from</c>).</summary>
    public DateOnly? To { get; init; }
}
