using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Customers.Commands.UpdateCustomer;

/// <summary><c>PUT /api/v1/customers/{id}</c>: replaces every field (customer number kept when left out).</summary>
public sealed record UpdateCustomerCommand : CustomerInput, IRequest<CustomerDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}
