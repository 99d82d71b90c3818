using MediatR;
using Printernizer.Application.Common.Models;

namespace Printernizer.Application.Customers.Queries.ListCustomers;

/// <summary><c>GET /api/v1/customers?search&amp;includeAnonymized&amp;page&amp;pageSize</c>, by name. Anonymized customers are hidden unless asked for.</summary>
public sealed record ListCustomersQuery : IRequest<PagedList<CustomerDto>>
{
    /// <summary>Matches name, company, customer number or e-mail.</summary>
    public string? Search { get; init; }

    public bool IncludeAnonymized { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
