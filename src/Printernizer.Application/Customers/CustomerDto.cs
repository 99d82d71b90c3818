using Printernizer.Domain.Orders;

namespace Printernizer.Application.Customers;

/// <summary>A customer. After anonymization only the customer number and dates remain.</summary>
public sealed record CustomerDto
{
    public Guid Id { get; init; }

    /// <example>K-0007</example>
    public required string CustomerNumber { get; init; }

    /// <example>Erika Mustermann</example>
    public required string Name { get; init; }

    /// <example>Mustermann Modellbau GmbH</example>
    public string? Company { get; init; }

    /// <example>erika@example.com</example>
    public string? Email { get; init; }

    /// <example>+49 30 1234567</example>
    public string? Phone { get; init; }

    public CustomerAddressDto Address { get; init; } = new();

    /// <example>DE123456789</example>
    public string? VatId { get; init; }

    public string? Notes { get; init; }

    /// <summary>Personal data was removed (GDPR); orders keep numbers and amounts.</summary>
    public bool Anonymized { get; init; }

    public DateTimeOffset? AnonymizedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public static CustomerDto From(Customer c) => new()
    {
        Id = c.Id,
        CustomerNumber = c.CustomerNumber,
        Name = c.Name,
        Company = c.Company,
        Email = c.Email,
        Phone = c.Phone,
        Address = new CustomerAddressDto { Street = c.Street, PostalCode = c.PostalCode, City = c.City, Country = c.Country },
        VatId = c.VatId,
        Notes = c.Notes,
        Anonymized = c.IsAnonymized,
        AnonymizedAt = c.AnonymizedAt,
        CreatedAt = c.CreatedAt,
        UpdatedAt = c.UpdatedAt,
    };
}
