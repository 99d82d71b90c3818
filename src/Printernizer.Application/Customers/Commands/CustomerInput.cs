namespace Printernizer.Application.Customers.Commands;

/// <summary>The editable fields of a customer. Store only what the order needs (GDPR).</summary>
public abstract record CustomerInput
{
    /// <summary>Leave out to get the next number (<c>K-0001</c>, ...).</summary>
    /// <example>K-0007</example>
    public string? CustomerNumber { get; init; }

    /// <example>Erika Mustermann</example>
    public string Name { get; init; } = "";

    /// <example>Mustermann Modellbau GmbH</example>
    public string? Company { get; init; }

    /// <example>erika@example.com</example>
    public string? Email { get; init; }

    /// <example>+49 30 1234567</example>
    public string? Phone { get; init; }

    public CustomerAddressDto? Address { get; init; }

    /// <example>DE123456789</example>
    public string? VatId { get; init; }

    public string? Notes { get; init; }
}
