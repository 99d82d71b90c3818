using Printernizer.Application.Common.Models;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Customers;

/// <summary>Customers and the personal data linked to them.</summary>
public interface ICustomerRepository
{
    Task<Customer?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Inserts the customer; an empty number gets the next <c>K-NNNN</c>. False when the number is taken.</summary>
    Task<bool> AddAsync(Customer customer, CancellationToken cancellationToken);

    /// <summary>False when the customer number is taken by another customer.</summary>
    Task<bool> UpdateAsync(Customer customer, CancellationToken cancellationToken);

    /// <summary>Deletes a customer without orders or jobs; false otherwise.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);

    Task<PagedList<Customer>> ListAsync(string? search, bool includeAnonymized, int page, int pageSize, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, Customer>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Ids of jobs linked to the customer directly or through its orders.</summary>
    Task<IReadOnlyList<Guid>> ListJobIdsAsync(Guid customerId, CancellationToken cancellationToken);

    /// <summary>Audit rows about the customer, its orders and its jobs.</summary>
    Task<IReadOnlyList<AuditEntryDto>> ListAuditEntriesAsync(Guid customerId, IReadOnlyCollection<Guid> orderIds, IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken);

    /// <summary>In one transaction: saves the anonymized customer and clears free-text notes of its orders and jobs.</summary>
    Task AnonymizeAsync(Customer customer, CancellationToken cancellationToken);
}
