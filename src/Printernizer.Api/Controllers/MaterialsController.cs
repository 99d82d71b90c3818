using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Materials;
using Printernizer.Application.Materials.Commands.CreateMaterial;
using Printernizer.Application.Materials.Commands.DeleteMaterial;
using Printernizer.Application.Materials.Commands.UpdateMaterial;
using Printernizer.Application.Materials.Queries.GetMaterial;
using Printernizer.Application.Materials.Queries.ListLowStockMaterials;
using Printernizer.Application.Materials.Queries.ListMaterials;

namespace Printernizer.Api.Controllers;

/// <summary>Materials (type, brand, colour, price per kg, density) with stock and low-stock thresholds.</summary>
[Route("api/v1/materials")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class MaterialsController : ApiControllerBase
{
    /// <summary>Materials with their stock, filtered by type, brand or low stock.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<MaterialDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IReadOnlyList<MaterialDto>> List([FromQuery] ListMaterialsQuery query, CancellationToken cancellationToken) =>
        await Mediator.Send(query, cancellationToken);

    /// <summary>Materials whose stock is below their <c>lowStockGrams</c> (dashboard warning; live as SSE <c>material.low_stock</c>).</summary>
    [HttpGet("low-stock")]
    [ProducesResponseType<IReadOnlyList<MaterialDto>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<MaterialDto>> LowStock(CancellationToken cancellationToken) =>
        await Mediator.Send(new ListLowStockMaterialsQuery(), cancellationToken);

    /// <summary>One material.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<MaterialDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<MaterialDto> Get(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetMaterialQuery(id), cancellationToken);

    /// <summary>Adds a material.</summary>
    [HttpPost]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<MaterialDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<MaterialDto>> Create(CreateMaterialCommand command, CancellationToken cancellationToken)
    {
        var material = await Mediator.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = material.Id }, material);
    }

    /// <summary>Replaces a material's fields. Bookings already made keep their grams.</summary>
    [HttpPut("{id:guid}")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<MaterialDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<MaterialDto> Update(Guid id, UpdateMaterialCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>Deletes a material that has no spools (409 otherwise: archive the spools instead).</summary>
    [HttpDelete("{id:guid}")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<NoContentResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        await Mediator.Send(new DeleteMaterialCommand(id), cancellationToken);
        return NoContent();
    }
}
