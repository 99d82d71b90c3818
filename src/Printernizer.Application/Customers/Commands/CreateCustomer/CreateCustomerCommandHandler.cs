using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Customers.Commands.CreateCustomer;

public sealed class CreateCustomerCommandHandler(ICustomerRepository customers, IAuditLog audit, ICurrentUser user, TimeProvider timeProvider)
    : IRequestHandler<CreateCustomerCommand, CustomerDto>
{
    public async Task<CustomerDto> Handle(CreateCustomerCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var customer = new Customer
        {
            Id = Guid.NewGuid(),
            Name = "",
            CustomerNumber = request.CustomerNumber?.Trim() ?? "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        CustomerMapping.Apply(request, customer);
        if (!await customers.AddAsync(customer, cancellationToken))
        {
            throw new ConflictException($"Customer number '{customer.CustomerNumber}' is already taken.");
        }

        await audit.WriteAsync(new AuditEntry(user.Actor, "customer.created", "customer", customer.Id.ToString("D"), null, CustomerMapping.AuditView(customer)), cancellationToken);
        return CustomerDto.From(customer);
    }
}
