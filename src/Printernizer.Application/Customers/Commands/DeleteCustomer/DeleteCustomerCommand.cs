using MediatR;

namespace Printernizer.Application.Customers.Commands.DeleteCustomer;

/// <summary><c>DELETE /api/v1/customers/{id}</c>: only a customer without orders or jobs (records under retention: anonymize instead).</summary>
public sealed record DeleteCustomerCommand(Guid Id) : IRequest<Unit>;
