using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Materials;
using Printernizer.Application.Materials.Commands.CreateSpool;
using Printernizer.Application.Materials.Commands.LoadSpool;
using Printernizer.Application.Materials.Commands.UnloadSpool;
using Printernizer.Application.Materials.Commands.UpdateSpool;
using Printernizer.Application.Materials.Queries.GetSpool;
using Printernizer.Application.Materials.Queries.ListSpoolConsumptions;
using Printernizer.Application.Materials.Queries.ListSpools;

namespace Printernizer.Api.Controllers;

/// <summary>
/// Spools: stock per physical spool, where it is loaded, and its consumption bookings. Jobs book their material when they end
/// (against the job's spool or the spool loaded in the printer's active slot); changes stream as SSE <c>spool.updated</c>,
/// <c>spool.needs_recount</c> and <c>material.low_stock</c>.
/// </summary>
[Route("api/v1/spools")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class SpoolsController : ApiControllerBase
{
    /// <summary>Spools filtered by material, type, brand, archived (default false), low stock or printer; paged.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<SpoolDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedList<SpoolDto>> List([FromQuery] ListSpoolsQuery query, CancellationToken cancellationToken) =>
        await Mediator.Send(query, cancellationToken);

    /// <summary>One spool.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<SpoolDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<SpoolDto> Get(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetSpoolQuery(id), cancellationToken);

    /// <summary>Every stock movement of the spool (bookings, corrections, recounts), oldest first.</summary>
    [HttpGet("{id:guid}/consumptions")]
    [ProducesResponseType<IReadOnlyList<ConsumptionDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<ConsumptionDto>> Consumptions(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new ListSpoolConsumptionsQuery(id), cancellationToken);

    /// <summary>Adds a spool of a material.</summary>
    [HttpPost]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<SpoolDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<SpoolDto>> Create(CreateSpoolCommand command, CancellationToken cancellationToken)
    {
        var spool = await Mediator.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = spool.Id }, spool);
    }

    /// <summary>Replaces lot, location, opened date, initial grams, archived; a new <c>remainingGrams</c> is a recount (booked, clears needsRecount).</summary>
    [HttpPut("{id:guid}")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<SpoolDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<SpoolDto> Update(Guid id, UpdateSpoolCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>Loads the spool into a printer slot (Bambu <c>ams0-tray2</c>/<c>external</c>, Prusa <c>extruder</c>); a spool already there is unloaded.</summary>
    [HttpPost("{id:guid}/load")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<SpoolDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<SpoolDto> Load(Guid id, LoadSpoolCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>Takes the spool out of its printer slot.</summary>
    [HttpPost("{id:guid}/unload")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<SpoolDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<SpoolDto> Unload(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new UnloadSpoolCommand(id), cancellationToken);
}
