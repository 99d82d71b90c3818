using MediatR;

namespace Printernizer.Application.Customers.Queries.GetCustomer;

public sealed record GetCustomerQuery(Guid Id) : IRequest<CustomerDto>;
