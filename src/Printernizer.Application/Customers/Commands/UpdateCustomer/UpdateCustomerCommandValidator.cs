namespace Printernizer.Application.Customers.Commands.UpdateCustomer;

public sealed class UpdateCustomerCommandValidator : CustomerInputValidator<UpdateCustomerCommand>;
