namespace Printernizer.Domain.Orders;

/// <summary>A customer. Personal data can be removed (anonymized) while orders keep numbers and amounts.</summary>
public sealed class Customer
{
    public const string AnonymizedName = "anonymisiert";

    public Guid Id { get; init; }
    public string CustomerNumber { get; set; } = "";
    public required string Name { get; set; }
    public string? Company { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? VatId { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset? AnonymizedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsAnonymized => AnonymizedAt is not null;

    public void MarkAnonymized(DateTimeOffset? at) => AnonymizedAt = at;

    /// <summary>Removes every personal field; the customer number stays so orders still point to a record.</summary>
    public void Anonymize(DateTimeOffset now)
    {
        Name = AnonymizedName;
        Company = null;
        Email = null;
        Phone = null;
        Street = null;
        PostalCode = null;
        City = null;
        Country = null;
        VatId = null;
        Notes = null;
        AnonymizedAt = now;
        UpdatedAt = now;
    }
}
