namespace Printernizer.Application.Customers.Commands.CreateCustomer;

public sealed class CreateCustomerCommandValidator : CustomerInputValidator<CreateCustomerCommand>;
