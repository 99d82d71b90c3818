using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Commands.CreatePrinter;
using Printernizer.Application.Printers.Commands.DeletePrinter;
using Printernizer.Application.Printers.Commands.UpdatePrinter;
using Printernizer.Application.Printers.Queries.GetPrinter;
using Printernizer.Application.Printers.Queries.ListPrinters;

namespace Printernizer.Api.Controllers;

/// <summary>The printer registry. Secrets (access code, API key) are write-only.</summary>
[Route("api/v1/printers")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class PrintersController : ApiControllerBase
{
    /// <summary>All printers, by name.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<PrinterDto>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<PrinterDto>> List(CancellationToken cancellationToken) =>
        await Mediator.Send(new ListPrintersQuery(), cancellationToken);

    /// <summary>One printer.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<PrinterDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PrinterDto> Get(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetPrinterQuery(id), cancellationToken);

    /// <summary>Registers a printer. Bambu needs host, serial and access code; Prusa needs host and API key.</summary>
    [HttpPost]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<PrinterDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PrinterDto>> Create(CreatePrinterCommand command, CancellationToken cancellationToken)
    {
        var printer = await Mediator.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = printer.Id }, printer);
    }

    /// <summary>Replaces a printer's settings. Leave out accessCode/apiKey to keep the stored ones.</summary>
    [HttpPut("{id:guid}")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<PrinterDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PrinterDto> Update(Guid id, UpdatePrinterCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>Removes a printer and stops its connection.</summary>
    [HttpDelete("{id:guid}")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<NoContentResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        await Mediator.Send(new DeletePrinterCommand(id), cancellationToken);
        return NoContent();
    }
}
