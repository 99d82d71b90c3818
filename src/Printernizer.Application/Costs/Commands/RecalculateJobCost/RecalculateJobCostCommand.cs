using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Costs.Commands.RecalculateJobCost;

/// <summary>
/// <c>POST /api/v1/jobs/{id}/cost/recalculate</c>: re-prices an ended job with the CURRENT cost settings as a new
/// revision (n + 1) with an audit entry. Frozen revisions are never changed.
/// </summary>
public sealed record RecalculateJobCostCommand : IRequest<JobCostVersionDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>Why the job is re-priced (mandatory, stored with the revision).</summary>
    /// <example>Electricity price corrected for March</example>
    public string? Reason { get; init; }
}
