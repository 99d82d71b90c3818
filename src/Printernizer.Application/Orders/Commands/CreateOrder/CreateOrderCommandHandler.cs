using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediatR;
using Printernizer.Application.Common;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Customers;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Commands.CreateOrder;

public sealed class CreateOrderCommandHandler(
    IOrderRepository orders,
    ICustomerRepository customers,
    OrderDtoBuilder dtos,
    IRealtimePublisher realtime,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<CreateOrderCommand, CreateOrderResult>
{
    public async Task<CreateOrderResult> Handle(CreateOrderCommand request, CancellationToken cancellationToken)
    {
        await OrderMapping.CheckCustomerAsync(customers, request.CustomerId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var order = Order.Restore(new Order { Id = Guid.NewGuid(), CreatedAt = now, UpdatedAt = now }, OrderStatus.Draft, null, null, null, null);
        OrderMapping.Apply(request, order);

        var outcome = await orders.CreateAsync(order, BerlinTime.ToBerlin(now).Year, request.IdempotencyKey, Hash(request), cancellationToken);
        if (outcome.KeyConflict)
        {
            throw new ConflictException("This Idempotency-Key was already used with a different request body; use a new key for a new order.");
        }

        var stored = await orders.GetAsync(outcome.OrderId, cancellationToken) ?? throw NotFoundException.For("Order", outcome.OrderId);
        var dto = await dtos.BuildAsync(stored, cancellationToken);
        if (!outcome.Replayed)
        {
            await audit.WriteAsync(new AuditEntry(user.Actor, "order.created", "order", stored.Id.ToString("D"), null, OrderMapping.AuditView(stored)), cancellationToken);
            realtime.Publish("order.updated", dto, dto.Id.ToString("D"));
        }

        return new CreateOrderResult(dto, outcome.Replayed);
    }

    /// <summary>SHA-256 of the request body as bound (the key itself is not part of it).</summary>
    private static string Hash(CreateOrderCommand request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));
}
