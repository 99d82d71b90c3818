using MediatR;
using Printernizer.Application.Common.Models;

namespace Printernizer.Application.Customers.Queries.ListCustomers;

public sealed class ListCustomersQueryHandler(ICustomerRepository customers) : IRequestHandler<ListCustomersQuery, PagedList<CustomerDto>>
{
    public async Task<PagedList<CustomerDto>> Handle(ListCustomersQuery request, CancellationToken cancellationToken)
    {
        var page = await customers.ListAsync(
            string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim(), request.IncludeAnonymized, request.Page, request.PageSize, cancellationToken);
        return new PagedList<CustomerDto>(page.Items.Select(CustomerDto.From).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
