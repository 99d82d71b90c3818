using MediatR;

namespace Printernizer.Application.Customers.Commands.CreateCustomer;

/// <summary><c>POST /api/v1/customers</c>.</summary>
public sealed record CreateCustomerCommand : CustomerInput, IRequest<CustomerDto>;
