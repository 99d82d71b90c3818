using Printernizer.Domain.Orders;

namespace Printernizer.Application.Customers.Commands;

internal static class CustomerMapping
{
    public static void Apply(CustomerInput input, Customer customer)
    {
        customer.Name = input.Name.Trim();
        customer.Company = Clean(input.Company);
        customer.Email = Clean(input.Email);
        customer.Phone = Clean(input.Phone);
        customer.Street = Clean(input.Address?.Street);
        customer.PostalCode = Clean(input.Address?.PostalCode);
        customer.City = Clean(input.Address?.City);
        customer.Country = Clean(input.Address?.Country);
        customer.VatId = Clean(input.VatId);
        customer.Notes = Clean(input.Notes);
    }

    /// <summary>What the audit log may hold about a customer: ids and field names, no personal data (business.md §5.3).</summary>
    public static object AuditView(Customer customer, IEnumerable<string>? changedFields = null) =>
        new { customer.CustomerNumber, ChangedFields = changedFields?.ToArray() };

    public static IReadOnlyList<string> ChangedFields(Customer before, Customer after)
    {
        var changed = new List<string>();
        Check("customerNumber", before.CustomerNumber, after.CustomerNumber);
        Check("name", before.Name, after.Name);
        Check("company", before.Company, after.Company);
        Check("email", before.Email, after.Email);
        Check("phone", before.Phone, after.Phone);
        Check("address", $"{before.Street}|{before.PostalCode}|{before.City}|{before.Country}", $"{after.Street}|{after.PostalCode}|{after.City}|{after.Country}");
        Check("vatId", before.VatId, after.VatId);
        Check("notes", before.Notes, after.Notes);
        return changed;

        void Check(string field, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changed.Add(field);
            }
        }
    }

    public static Customer Copy(Customer c) => new()
    {
        Id = c.Id, CustomerNumber = c.CustomerNumber, Name = c.Name, Company = c.Company, Email = c.Email, Phone = c.Phone,
        Street = c.Street, PostalCode = c.PostalCode, City = c.City, Country = c.Country, VatId = c.VatId, Notes = c.Notes,
        CreatedAt = c.CreatedAt, UpdatedAt = c.UpdatedAt,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
