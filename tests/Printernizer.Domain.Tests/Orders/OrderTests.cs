using Printernizer.Domain.Orders;

namespace Printernizer.Domain.Tests.Orders;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    private static Order Draft() => Order.Restore(new Order { Id = Guid.NewGuid(), Number = "2026-0042" }, OrderStatus.Draft, null, null, null, null);

    [Test]
    public void MoveTo_WhenFollowingTheFlow_StampsEachStep()
    {
        var order = Draft();

        order.MoveTo(OrderStatus.Released, Now);
        order.MoveTo(OrderStatus.InProduction, Now.AddHours(1));
        order.MoveTo(OrderStatus.Completed, Now.AddHours(2));
        order.MoveTo(OrderStatus.Delivered, Now.AddHours(3));

        order.Status.Should().Be(OrderStatus.Delivered);
        order.ReleasedAt.Should().Be(Now);
        order.CompletedAt.Should().Be(Now.AddHours(2));
        order.DeliveredAt.Should().Be(Now.AddHours(3));
        order.UpdatedAt.Should().Be(Now.AddHours(3));
    }

    [TestCase(OrderStatus.Draft, OrderStatus.InProduction)]
    [TestCase(OrderStatus.Draft, OrderStatus.Completed)]
    [TestCase(OrderStatus.Released, OrderStatus.Released)]
    [TestCase(OrderStatus.Released, OrderStatus.Delivered)]
    [TestCase(OrderStatus.Completed, OrderStatus.Cancelled)]
    [TestCase(OrderStatus.Delivered, OrderStatus.Cancelled)]
    [TestCase(OrderStatus.Cancelled, OrderStatus.Released)]
    public void MoveTo_WhenTheFlowDoesNotAllowIt_ThrowsNamingTheAllowedSteps(OrderStatus from, OrderStatus to)
    {
        var order = Order.Restore(new Order { Id = Guid.NewGuid(), Number = "2026-0001" }, from, null, null, null, null);

        var act = () => order.MoveTo(to, Now);

        act.Should().Throw<InvalidOperationException>().WithMessage($"Order 2026-0001 is {Order.Name(from)} and cannot become {Order.Name(to)}.*");
        order.Status.Should().Be(from);
    }

    [TestCase(OrderStatus.Draft)]
    [TestCase(OrderStatus.Released)]
    [TestCase(OrderStatus.InProduction)]
    public void MoveTo_Cancelled_IsAllowedBeforeCompletion(OrderStatus from)
    {
        var order = Order.Restore(new Order { Id = Guid.NewGuid(), Number = "2026-0001" }, from, null, null, null, null);

        order.MoveTo(OrderStatus.Cancelled, Now);

        order.CancelledAt.Should().Be(Now);
    }

    [Test]
    public void Name_OfInProduction_IsSnakeCase() => Order.Name(OrderStatus.InProduction).Should().Be("in_production");

    [Test]
    public void Anonymize_RemovesEveryPersonalField_AndKeepsTheCustomerNumber()
    {
        var customer = new Customer
        {
            Id = Guid.NewGuid(), CustomerNumber = "K-0007", Name = "Erika Mustermann", Company = "M GmbH", Email = "e@example.com", Phone = "1",
            Street = "Hauptstraße 5", PostalCode = "10115", City = "Berlin", Country = "DE", VatId = "DE123456789", Notes = "n",
        };

        customer.Anonymize(Now);

        customer.Name.Should().Be(Customer.AnonymizedName);
        new[] { customer.Company, customer.Email, customer.Phone, customer.Street, customer.PostalCode, customer.City, customer.Country, customer.VatId, customer.Notes }
            .Should().OnlyContain(v => v == null);
        customer.CustomerNumber.Should().Be("K-0007");
        customer.IsAnonymized.Should().BeTrue();
    }
}
