using MediatR;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Exports.Commands.ExportJobs;

/// <summary>
/// <c>GET /api/v1/exports/jobs?format=xlsx|csv&amp;from&amp;to&amp;category&amp;printerId</c>: the jobs of a Berlin
/// period (default: the current month) as Excel or German CSV, recorded in the export journal.
/// </summary>
public sealed record ExportJobsCommand : IRequest<ExportFile>
{
    /// <summary><c>xlsx</c> (default) or <c>csv</c>.</summary>
    /// <example>xlsx</example>
    public string? Format { get; init; }

    /// <example>2026-03-01</example>
    public DateOnly? From { get; init; }

    /// <example>2026-03-31</example>
    public DateOnly? To { get; init; }

    /// <example>business</example>
    public JobCategory? Category { get; init; }

    public Guid? PrinterId { get; init; }
}
