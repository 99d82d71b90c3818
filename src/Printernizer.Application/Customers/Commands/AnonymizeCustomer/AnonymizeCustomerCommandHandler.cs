using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Customers.Commands.AnonymizeCustomer;

public sealed class AnonymizeCustomerCommandHandler(ICustomerRepository customers, IAuditLog audit, ICurrentUser user, TimeProvider timeProvider)
    : IRequestHandler<AnonymizeCustomerCommand, CustomerDto>
{
    private static readonly string[] RemovedFields = ["name", "company", "email", "phone", "address", "vatId", "notes", "orderNotes", "jobNotes"];

    public async Task<CustomerDto> Handle(AnonymizeCustomerCommand request, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Customer", request.Id);
        if (customer.IsAnonymized)
        {
            return CustomerDto.From(customer);
        }

        customer.Anonymize(timeProvider.GetUtcNow());
        await customers.AnonymizeAsync(customer, cancellationToken);
        await audit.WriteAsync(
            new AuditEntry(user.Actor, "customer.anonymized", "customer", customer.Id.ToString("D"), null,
                new { customer.CustomerNumber, Removed = RemovedFields }),
            cancellationToken);
        return CustomerDto.From(customer);
    }
}
