using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Analytics;
using Printernizer.Application.Analytics.Queries.GetByMaterial;
using Printernizer.Application.Analytics.Queries.GetByMonth;
using Printernizer.Application.Analytics.Queries.GetByPrinter;
using Printernizer.Application.Analytics.Queries.GetSummary;

namespace Printernizer.Api.Controllers;

/// <summary>
/// Figures of a Berlin period (<c>from</c>/<c>to</c> inclusive, default the last 12 months): a job belongs to the date
/// of its end. Costs are the jobs' latest frozen revisions.
/// </summary>
[Route("api/v1/analytics")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class AnalyticsController : ApiControllerBase
{
    /// <summary>Jobs by status, print hours, success rate, utilization, material by type, costs, business vs private, estimate accuracy.</summary>
    [HttpGet("summary")]
    [ProducesResponseType<AnalyticsSummaryDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<AnalyticsSummaryDto> Summary([FromQuery] GetAnalyticsSummaryQuery query, CancellationToken cancellationToken) =>
        await Mediator.Send(query, cancellationToken);

    /// <summary>Per printer: jobs, print hours (business/private), utilization and costs.</summary>
    [HttpGet("by-printer")]
    [ProducesResponseType<IReadOnlyList<PrinterAnalyticsDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IReadOnlyList<PrinterAnalyticsDto>> ByPrinter([FromQuery] GetAnalyticsByPrinterQuery query, CancellationToken cancellationToken) =>
        await Mediator.Send(query, cancellationToken);

    /// <summary>Per material type: jobs, grams and material cost.</summary>
    [HttpGet("by-material")]
    [ProducesResponseType<IReadOnlyList<MaterialAnalyticsDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IReadOnlyList<MaterialAnalyticsDto>> ByMaterial([FromQuery] GetAnalyticsByMaterialQuery query, CancellationToken cancellationToken) =>
        await Mediator.Send(query, cancellationToken);

    /// <summary>Per Berlin calendar month of the period (months without jobs included): jobs, hours, grams, costs.</summary>
    [HttpGet("by-month")]
    [ProducesResponseType<IReadOnlyList<MonthAnalyticsDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IReadOnlyList<MonthAnalyticsDto>> ByMonth([FromQuery] GetAnalyticsByMonthQuery query, CancellationToken cancellationToken) =>
        await Mediator.Send(query, cancellationToken);
}
