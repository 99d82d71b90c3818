using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Customers;
using Printernizer.Application.Customers.Commands.AnonymizeCustomer;
using Printernizer.Application.Customers.Commands.CreateCustomer;
using Printernizer.Application.Customers.Commands.DeleteCustomer;
using Printernizer.Application.Customers.Commands.UpdateCustomer;
using Printernizer.Application.Customers.Queries.ExportCustomer;
using Printernizer.Application.Customers.Queries.GetCustomer;
using Printernizer.Application.Customers.Queries.ListCustomers;

namespace Printernizer.Api.Controllers;

/// <summary>Customers, with GDPR export and anonymization. The audit log references customers by id only.</summary>
[Route("api/v1/customers")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class CustomersController : ApiControllerBase
{
    /// <summary>Customers by name; anonymized ones only with <c>includeAnonymized=true</c>.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<CustomerDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedList<CustomerDto>> List([FromQuery] ListCustomersQuery query, CancellationToken cancellationToken) =>
        await Mediator.Send(query, cancellationToken);

    /// <summary>One customer.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<CustomerDto> Get(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetCustomerQuery(id), cancellationToken);

    /// <summary>Adds a customer; without <c>customerNumber</c> the next <c>K-NNNN</c> is assigned (409 when a given number is taken).</summary>
    [HttpPost]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<CustomerDto>> Create(CreateCustomerCommand command, CancellationToken cancellationToken)
    {
        var customer = await Mediator.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = customer.Id }, customer);
    }

    /// <summary>Replaces a customer's fields (409 for an anonymized customer or a taken number).</summary>
    [HttpPut("{id:guid}")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<CustomerDto> Update(Guid id, UpdateCustomerCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>Deletes a customer without orders or jobs (409 otherwise: anonymize instead, business records are kept).</summary>
    [HttpDelete("{id:guid}")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<NoContentResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        await Mediator.Send(new DeleteCustomerCommand(id), cancellationToken);
        return NoContent();
    }

    /// <summary>GDPR access/portability: everything stored about the customer (master data, orders with lines, linked jobs, audit entries) as JSON.</summary>
    [HttpGet("{id:guid}/export")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<CustomerExportDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<CustomerExportDto> Export(Guid id, CancellationToken cancellationToken)
    {
        var export = await Mediator.Send(new ExportCustomerQuery(id), cancellationToken);
        Response.Headers.ContentDisposition = $"attachment; filename=\"customer-{export.Customer.CustomerNumber}.json\"";
        return export;
    }

    /// <summary>GDPR erasure: removes the personal data, keeps order numbers, amounts and dates (retention); audit-logged.</summary>
    [HttpPost("{id:guid}/anonymize")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<CustomerDto> Anonymize(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new AnonymizeCustomerCommand(id), cancellationToken);
}
