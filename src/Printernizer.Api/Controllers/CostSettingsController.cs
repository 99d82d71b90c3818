using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Costs;
using Printernizer.Application.Costs.Commands.UpdateCostSettings;
using Printernizer.Application.Costs.Commands.UpdateDatevSettings;
using Printernizer.Application.Costs.Queries.GetCostSettings;
using Printernizer.Application.Costs.Queries.GetCostSettingsHistory;
using Printernizer.Application.Costs.Queries.GetDatevSettings;

namespace Printernizer.Api.Controllers;

/// <summary>Cost rates and DATEV settings, versioned with valid-from (business.md §1, §5.3).</summary>
[Route("api/v1/settings")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class CostSettingsController : ApiControllerBase
{
    /// <summary>The current cost rates (German defaults until saved).</summary>
    [HttpGet("costs")]
    [ProducesResponseType<CostSettingsDto>(StatusCodes.Status200OK)]
    public async Task<CostSettingsDto> GetCosts(CancellationToken cancellationToken) =>
        await Mediator.Send(new GetCostSettingsQuery(), cancellationToken);

    /// <summary>Saves a new version of the cost rates, valid from now. Frozen job costs are not changed.</summary>
    [HttpPut("costs")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<CostSettingsDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<CostSettingsDto> UpdateCosts(UpdateCostSettingsCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command, cancellationToken);

    /// <summary>Every saved version of the cost rates, newest first.</summary>
    [HttpGet("costs/history")]
    [ProducesResponseType<IReadOnlyList<CostSettingsDto>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<CostSettingsDto>> GetCostsHistory(CancellationToken cancellationToken) =>
        await Mediator.Send(new GetCostSettingsHistoryQuery(), cancellationToken);

    /// <summary>The DATEV settings (Berater-/Mandantennummer empty until set: the DATEV export is blocked).</summary>
    [HttpGet("datev")]
    [ProducesResponseType<DatevSettingsDto>(StatusCodes.Status200OK)]
    public async Task<DatevSettingsDto> GetDatev(CancellationToken cancellationToken) =>
        await Mediator.Send(new GetDatevSettingsQuery(), cancellationToken);

    /// <summary>Saves a new version of the DATEV settings; accounts left out take the chart's defaults.</summary>
    [HttpPut("datev")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<DatevSettingsDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<DatevSettingsDto> UpdateDatev(UpdateDatevSettingsCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command, cancellationToken);
}
