using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Queue;
using Printernizer.Application.Queue.Commands.MarkPlateCleared;

namespace Printernizer.Api.Controllers;

/// <summary>"Plate cleared" confirmations that gate dispatching to a printer.</summary>
[Route("api/v1/printers/{id:guid}")]
public sealed class PrinterPlateController : ApiControllerBase
{
    /// <summary>Confirms the printer's plate is empty: the queue may dispatch one job to it (reset when a job starts).</summary>
    [HttpPost("plate-cleared")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<PlateState>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PlateState> PlateCleared(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new MarkPlateClearedCommand(id), cancellationToken);
}
