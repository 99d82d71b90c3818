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

    /// <summary>First Berlin day (inclusive); empty = the first day of the current month (or of the month of <c>to</c>).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last Berlin day (inclusive); empty = the last day of the current month (or of the month of <c>from</c>).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only jobs of this category; empty = all categories.</summary>
    public JobCategory? Category { get; init; }

    public Guid? PrinterId { get; init; }
}
