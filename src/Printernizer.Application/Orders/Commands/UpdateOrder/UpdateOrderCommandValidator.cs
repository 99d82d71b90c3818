namespace Printernizer.Application.Orders.Commands.UpdateOrder;

public sealed class UpdateOrderCommandValidator : OrderInputValidator<UpdateOrderCommand>;
