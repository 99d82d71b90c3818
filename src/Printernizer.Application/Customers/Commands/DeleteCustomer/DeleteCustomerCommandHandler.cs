using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Customers.Commands.DeleteCustomer;

public sealed class DeleteCustomerCommandHandler(ICustomerRepository customers, IAuditLog audit, ICurrentUser user) : IRequestHandler<DeleteCustomerCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCustomerCommand request, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Customer", request.Id);
        if (!await customers.DeleteAsync(customer.Id, cancellationToken))
        {
            throw new ConflictException("The customer has orders or jobs that must be kept (retention); anonymize the customer instead.");
        }

        await audit.WriteAsync(new AuditEntry(user.Actor, "customer.deleted", "customer", customer.Id.ToString("D"), CustomerMapping.AuditView(customer)), cancellationToken);
        return Unit.Value;
    }
}
