namespace Printernizer.Application.Customers;

/// <summary>Postal address (needed on invoices above 250 €).</summary>
public sealed record CustomerAddressDto
{
    /// <example>Hauptstraße 5</example>
    public string? Street { get; init; }

    /// <example>10115</example>
    public string? PostalCode { get; init; }

    /// <example>Berlin</example>
    public string? City { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    /// <example>DE</example>
    public string? Country { get; init; }
}
