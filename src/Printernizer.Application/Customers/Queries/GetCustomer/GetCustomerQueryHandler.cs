using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Customers.Queries.GetCustomer;

public sealed class GetCustomerQueryHandler(ICustomerRepository customers) : IRequestHandler<GetCustomerQuery, CustomerDto>
{
    public async Task<CustomerDto> Handle(GetCustomerQuery request, CancellationToken cancellationToken) =>
        CustomerDto.From(await customers.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Customer", request.Id));
}
