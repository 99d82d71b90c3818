using MediatR;

namespace Printernizer.Application.Orders;

/// <summary>An order was released for production (the queue feature creates its queue items from this).</summary>
public sealed record OrderReleased(Guid OrderId) : INotification;
