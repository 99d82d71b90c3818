using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Customers.Commands.UpdateCustomer;

public sealed class UpdateCustomerCommandHandler(ICustomerRepository customers, IAuditLog audit, ICurrentUser user, TimeProvider timeProvider)
    : IRequestHandler<UpdateCustomerCommand, CustomerDto>
{
    public async Task<CustomerDto> Handle(UpdateCustomerCommand request, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Customer", request.Id);
        if (customer.IsAnonymized)
        {
            throw new ConflictException("The customer was anonymized; personal data cannot be added back.");
        }

        var before = CustomerMapping.Copy(customer);
        CustomerMapping.Apply(request, customer);
        if (!string.IsNullOrWhiteSpace(request.CustomerNumber))
        {
            customer.CustomerNumber = request.CustomerNumber.Trim();
        }

        var changed = CustomerMapping.ChangedFields(before, customer);
        if (changed.Count > 0)
        {
            customer.UpdatedAt = timeProvider.GetUtcNow();
            if (!await customers.UpdateAsync(customer, cancellationToken))
            {
                throw new ConflictException($"Customer number '{customer.CustomerNumber}' is already taken.");
            }

            await audit.WriteAsync(new AuditEntry(user.Actor, "customer.updated", "customer", customer.Id.ToString("D"), null, CustomerMapping.AuditView(customer, changed)), cancellationToken);
        }

        return CustomerDto.From(customer);
    }
}
