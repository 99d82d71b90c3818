using System.Text.Json.Serialization;
using MediatR;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Jobs.Commands.UpdateJob;

/// <summary>
/// <c>PATCH /api/v1/jobs/{id}</c>: fields left out stay as they are. <c>notes: ""</c> clears the notes;
/// <c>customerId</c>/<c>spoolId</c> of <c>00000000-0000-0000-0000-000000000000</c> clear the link.
/// </summary>
public sealed record UpdateJobCommand : IRequest<JobDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <example>business</example>
    public JobCategory? Category { get; init; }

    public Guid? CustomerId { get; init; }

    /// <example>Kundenauftrag Müller, 2 Stück</example>
    public string? Notes { get; init; }

    /// <summary>Material actually used, weighed or corrected by hand.</summary>
    /// <example>41.7</example>
    public decimal? MaterialUsedGrams { get; init; }

    public Guid? SpoolId { get; init; }

    /// <summary>
    /// Why the change is made (at most 1,000 characters). Required when the job's cost is frozen (it ended and has a
    /// cost revision) and category, customer, material used or spool change: that is a correction, written as a new
    /// cost version with this reason, an audit entry and a timeline entry (400 without it).
    /// </summary>
    /// <example>Spool weighed after the print</example>
    public string? Reason { get; init; }
}
