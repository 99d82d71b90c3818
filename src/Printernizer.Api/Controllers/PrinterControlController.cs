using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Monitoring.Queries.GetPrinterStatus;
using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Commands.ControlPrinter;
using Printernizer.Application.Printers.Commands.RepinPrinterCertificate;
using Printernizer.Application.Printers.Commands.TestPrinterConnection;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;

namespace Printernizer.Api.Controllers;

/// <summary>Live status and control of one printer.</summary>
[Route("api/v1/printers/{id:guid}")]
public sealed class PrinterControlController : ApiControllerBase
{
    /// <summary>The printer's live status (state, progress, temperatures, errors, current job).</summary>
    [HttpGet("status")]
    [Authorize(Policy = ScopePolicies.Read)]
    [ProducesResponseType<PrinterStatusDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PrinterStatusDto> Status(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetPrinterStatusQuery(id), cancellationToken);

    /// <summary>Pauses the current print. 409 when nothing is printing; 502 when the printer refuses (the detail says what to enable).</summary>
    [HttpPost("pause")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status502BadGateway, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public Task<AcceptedResult> Pause(Guid id, CancellationToken cancellationToken) => ControlAsync(id, PrinterControlAction.Pause, cancellationToken);

    /// <summary>Resumes a paused print. 409 when the printer is not paused.</summary>
    [HttpPost("resume")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status502BadGateway, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public Task<AcceptedResult> Resume(Guid id, CancellationToken cancellationToken) => ControlAsync(id, PrinterControlAction.Resume, cancellationToken);

    /// <summary>Stops (cancels) the current print. 409 when nothing is printing.</summary>
    [HttpPost("stop")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status502BadGateway, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public Task<AcceptedResult> Stop(Guid id, CancellationToken cancellationToken) => ControlAsync(id, PrinterControlAction.Stop, cancellationToken);

    /// <summary>Tries to reach the printer with its stored settings and says what was found or what is wrong.</summary>
    [HttpPost("test-connection")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<ConnectionTestResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ConnectionTestResult> TestConnection(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new TestPrinterConnectionCommand(id), cancellationToken);

    /// <summary>Forgets the pinned TLS certificate; the next connection pins the printer's current one.</summary>
    [HttpPost("repin-certificate")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<PrinterDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PrinterDto> Repin(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new RepinPrinterCertificateCommand(id), cancellationToken);

    private async Task<AcceptedResult> ControlAsync(Guid id, PrinterControlAction action, CancellationToken cancellationToken)
    {
        await Mediator.Send(new ControlPrinterCommand(id, action), cancellationToken);
        return Accepted();
    }
}
