using MediatR;

namespace Printernizer.Application.Customers.Commands.AnonymizeCustomer;

/// <summary>
/// <c>POST /api/v1/customers/{id}/anonymize</c> (GDPR erasure): name becomes "anonymisiert"; company, e-mail, phone, address,
/// VAT id and notes are removed, as are the free-text notes of the customer's orders and jobs. Order numbers, lines, amounts
/// and dates stay (retention). Notes quoted in earlier job-edit audit rows are redacted; the rows themselves stay.
/// Writes an audit entry. Repeating it changes nothing.
/// </summary>
public sealed record AnonymizeCustomerCommand(Guid Id) : IRequest<CustomerDto>;
