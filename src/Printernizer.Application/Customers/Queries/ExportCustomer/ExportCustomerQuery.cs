using MediatR;

namespace Printernizer.Application.Customers.Queries.ExportCustomer;

/// <summary><c>GET /api/v1/customers/{id}/export</c> (GDPR access/portability). The export itself is audit-logged.</summary>
public sealed record ExportCustomerQuery(Guid Id) : IRequest<CustomerExportDto>;
