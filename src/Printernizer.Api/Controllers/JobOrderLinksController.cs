using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Orders;
using Printernizer.Application.Orders.Commands.LinkJobToOrder;
using Printernizer.Application.Orders.Commands.UnlinkJobFromOrder;

namespace Printernizer.Api.Controllers;

/// <summary>Which order line a job printed (order progress and actual cost come from these links).</summary>
[Route("api/v1/jobs/{id:guid}/order")]
[Authorize(Policy = ScopePolicies.Admin)]
public sealed class JobOrderLinksController : ApiControllerBase
{
    /// <summary>Links the job to an order line (<c>{ orderId, lineNo, pieces }</c>); returns the order with its new progress.</summary>
    [HttpPost]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<OrderDto> Link(Guid id, LinkJobToOrderCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { JobId = id }, cancellationToken);

    /// <summary>Removes the job's order link.</summary>
    [HttpDelete]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<NoContentResult> Unlink(Guid id, CancellationToken cancellationToken)
    {
        await Mediator.Send(new UnlinkJobFromOrderCommand(id), cancellationToken);
        return NoContent();
    }
}
