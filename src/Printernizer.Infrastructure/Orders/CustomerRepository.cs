using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Customers;
using Printernizer.Domain.Orders;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Orders;

/// <summary>Customers in SQLite, with the GDPR reads and the anonymization.</summary>
public sealed class CustomerRepository(SqliteConnectionFactory connections) : ICustomerRepository
{
    private const int SqliteConstraint = 19;

    public async Task<Customer?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql = CustomerRow.Columns + " WHERE c.id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CustomerRow>(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToCustomer();
    }

    public async Task<bool> AddAsync(Customer customer, CancellationToken cancellationToken)
    {
        const string exists = "SELECT COUNT(*) FROM customers WHERE customer_number = @Number COLLATE NOCASE";
        const string insert =
            """
            INSERT INTO customers (id, customer_number, name, company, email, phone, street, postal_code, city, country, vat_id, notes,
                                   anonymized_at, created_at, updated_at)
            VALUES (@Id, @CustomerNumber, @Name, @Company, @Email, @Phone, @Street, @PostalCode, @City, @Country, @VatId, @Notes,
                    NULL, @CreatedAt, @UpdatedAt)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (string.IsNullOrEmpty(customer.CustomerNumber))
        {
            do
            {
                var next = await NumberSequences.NextAsync(connection, transaction, "customer", cancellationToken);
                customer.CustomerNumber = "K-" + next.ToString("D4", CultureInfo.InvariantCulture);
            }
            while (await connection.ExecuteScalarAsync<long>(new CommandDefinition(exists, new { Number = customer.CustomerNumber }, transaction, cancellationToken: cancellationToken)) > 0);
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition(insert, customer, transaction, cancellationToken: cancellationToken));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> UpdateAsync(Customer customer, CancellationToken cancellationToken)
    {
        const string sql =
            """
            UPDATE customers SET customer_number = @CustomerNumber, name = @Name, company = @Company, email = @Email, phone = @Phone,
                   street = @Street, postal_code = @PostalCode, city = @City, country = @Country, vat_id = @VatId, notes = @Notes,
                   updated_at = @UpdatedAt
            WHERE id = @Id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, customer, cancellationToken: cancellationToken));
            return true;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql =
            """
            DELETE FROM customers WHERE id = @Id
              AND NOT EXISTS (SELECT 1 FROM orders WHERE customer_id = @Id)
              AND NOT EXISTS (SELECT 1 FROM jobs WHERE customer_id = @Id)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<PagedList<Customer>> ListAsync(string? search, bool includeAnonymized, int page, int pageSize, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (!includeAnonymized)
        {
            where.Add("c.anonymized_at IS NULL");
        }

        if (search is not null)
        {
            where.Add("(c.name LIKE @Search ESCAPE '\\' OR c.company LIKE @Search ESCAPE '\\' OR c.customer_number LIKE @Search ESCAPE '\\' OR c.email LIKE @Search ESCAPE '\\')");
            parameters.Add("Search", "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
        }

        var whereSql = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        parameters.Add("Take", pageSize);
        parameters.Add("Skip", (long)(page - 1) * pageSize);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM customers c" + whereSql, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<CustomerRow>(new CommandDefinition(
            CustomerRow.Columns + whereSql + " ORDER BY c.name COLLATE NOCASE, c.id LIMIT @Take OFFSET @Skip", parameters, cancellationToken: cancellationToken));
        return new PagedList<Customer>(rows.Select(r => r.ToCustomer()).ToList(), page, pageSize, total);
    }

    public async Task<IReadOnlyDictionary<Guid, Customer>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Customer>();
        }

        const string sql = CustomerRow.Columns + " WHERE c.id IN @Ids";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CustomerRow>(new CommandDefinition(sql, new { Ids = ids.Select(i => i.ToString("D")).ToList() }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => r.ToCustomer());
    }

    public async Task<IReadOnlyList<Guid>> ListJobIdsAsync(Guid customerId, CancellationToken cancellationToken)
    {
        const string sql =
            """
            SELECT id FROM jobs
            WHERE customer_id = @Id OR order_id IN (SELECT id FROM orders WHERE customer_id = @Id)
            ORDER BY started_at
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(sql, new { Id = customerId }, cancellationToken: cancellationToken));
        return ids.Select(Guid.Parse).ToList();
    }

    public async Task<IReadOnlyList<AuditEntryDto>> ListAuditEntriesAsync(Guid customerId, IReadOnlyCollection<Guid> orderIds, IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken)
    {
        const string sql =
            """
            SELECT id AS Id, occurred_at AS OccurredAt, actor AS Actor, action AS Action, entity_type AS EntityType, entity_id AS EntityId,
                   before_json AS BeforeJson, after_json AS AfterJson
            FROM audit_log
            WHERE (entity_type = 'customer' AND entity_id = @CustomerId)
               OR (entity_type = 'order' AND entity_id IN @OrderIds)
               OR (entity_type = 'job' AND entity_id IN @JobIds)
            ORDER BY id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(sql, new
        {
            CustomerId = customerId.ToString("D"),
            OrderIds = orderIds.Select(i => i.ToString("D")).ToList(),
            JobIds = jobIds.Select(i => i.ToString("D")).ToList(),
        }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDto()).ToList();
    }

    public async Task AnonymizeAsync(Customer customer, CancellationToken cancellationToken)
    {
        const string anonymize =
            """
            UPDATE customers SET name = @Name, company = NULL, email = NULL, phone = NULL, street = NULL, postal_code = NULL, city = NULL,
                   country = NULL, vat_id = NULL, notes = NULL, anonymized_at = @AnonymizedAt, updated_at = @UpdatedAt
            WHERE id = @Id
            """;
        const string orderNotes = "UPDATE orders SET notes = NULL WHERE customer_id = @Id AND notes IS NOT NULL";
        const string jobNotes =
            """
            UPDATE jobs SET notes = NULL
            WHERE notes IS NOT NULL AND (customer_id = @Id OR order_id IN (SELECT id FROM orders WHERE customer_id = @Id))
            """;
        // Job edits are audit-logged with their notes (free text that may name the person): the rows stay, the notes are redacted.
        const string auditNotes =
            """
            UPDATE audit_log
            SET before_json = CASE WHEN json_extract(before_json, '$.notes') IS NOT NULL THEN json_set(before_json, '$.notes', @Redacted) ELSE before_json END,
                after_json = CASE WHEN json_extract(after_json, '$.notes') IS NOT NULL THEN json_set(after_json, '$.notes', @Redacted) ELSE after_json END
            WHERE entity_type = 'job'
              AND entity_id IN (SELECT id FROM jobs WHERE customer_id = @Id OR order_id IN (SELECT id FROM orders WHERE customer_id = @Id))
              AND (json_extract(before_json, '$.notes') IS NOT NULL OR json_extract(after_json, '$.notes') IS NOT NULL)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(auditNotes, new { customer.Id, Redacted = Customer.AnonymizedName }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(anonymize, new { customer.Id, customer.Name, customer.AnonymizedAt, customer.UpdatedAt }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(orderNotes, new { customer.Id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(jobNotes, new { customer.Id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
