using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Jobs;
using Printernizer.Application.Orders;
using Printernizer.Application.Printers;

namespace Printernizer.Application.Customers.Queries.ExportCustomer;

public sealed class ExportCustomerQueryHandler(
    ICustomerRepository customers,
    IOrderRepository orders,
    OrderDtoBuilder orderDtos,
    IJobRepository jobs,
    IPrinterRepository printers,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<ExportCustomerQuery, CustomerExportDto>
{
    public async Task<CustomerExportDto> Handle(ExportCustomerQuery request, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Customer", request.Id);
        var now = timeProvider.GetUtcNow();
        var customerOrders = await orders.ListForCustomerAsync(customer.Id, cancellationToken);
        var jobIds = await customers.ListJobIdsAsync(customer.Id, cancellationToken);
        var jobDtos = new List<JobDto>();
        var printerNames = new Dictionary<Guid, string?>();
        foreach (var jobId in jobIds)
        {
            if (await jobs.GetAsync(jobId, cancellationToken) is { } job)
            {
                if (!printerNames.TryGetValue(job.PrinterId, out var printerName))
                {
                    printerName = (await printers.GetAsync(job.PrinterId, cancellationToken))?.Name;
                    printerNames[job.PrinterId] = printerName;
                }

                jobDtos.Add(JobDto.From(job, printerName, now));
            }
        }

        // Audit first, so the export contains the record of itself being requested.
        await audit.WriteAsync(new AuditEntry(user.Actor, "customer.exported", "customer", customer.Id.ToString("D"), null, new { customer.CustomerNumber }), cancellationToken);
        var entries = await customers.ListAuditEntriesAsync(customer.Id, customerOrders.Select(o => o.Id).ToList(), jobIds, cancellationToken);
        return new CustomerExportDto
        {
            ExportedAt = now,
            Customer = CustomerDto.From(customer),
            Orders = await orderDtos.BuildAsync(customerOrders, cancellationToken),
            Jobs = jobDtos,
            AuditEntries = entries,
        };
    }
}
