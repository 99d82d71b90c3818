using Printernizer.Domain.Orders;

namespace Printernizer.Infrastructure.Orders;

internal sealed class CustomerRow
{
    public const string Columns =
        """
        SELECT c.id AS Id, c.customer_number AS CustomerNumber, c.name AS Name, c.company AS Company, c.email AS Email, c.phone AS Phone,
               c.street AS Street, c.postal_code AS PostalCode, c.city AS City, c.country AS Country, c.vat_id AS VatId, c.notes AS Notes,
               c.anonymized_at AS AnonymizedAt, c.created_at AS CreatedAt, c.updated_at AS UpdatedAt
        FROM customers c
        """;

    public Guid Id { get; init; }
    public string CustomerNumber { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Company { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Street { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? Country { get; init; }
    public string? VatId { get; init; }
    public string? Notes { get; init; }
    public DateTimeOffset? AnonymizedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public Customer ToCustomer()
    {
        var customer = new Customer
        {
            Id = Id,
            CustomerNumber = CustomerNumber,
            Name = Name,
            Company = Company,
            Email = Email,
            Phone = Phone,
            Street = Street,
            PostalCode = PostalCode,
            City = City,
            Country = Country,
            VatId = VatId,
            Notes = Notes,
            CreatedAt = CreatedAt,
            UpdatedAt = UpdatedAt,
        };
        customer.MarkAnonymized(AnonymizedAt);
        return customer;
    }
}
