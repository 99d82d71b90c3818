using System.Data.Common;
using System.Globalization;
using Dapper;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Orders;
using Printernizer.Domain.Jobs;
using Printernizer.Domain.Orders;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Orders;

/// <summary>Orders in SQLite. Numbers come from a counter row incremented in the inserting (IMMEDIATE) transaction: gapless, no duplicates.</summary>
public sealed class OrderRepository(SqliteConnectionFactory connections) : IOrderRepository
{
    private const string IdempotencyScope = "orders";

    private const string SelectLines =
        """
        SELECT order_id AS OrderId, line_no AS LineNo, file_id AS FileId, file_name AS FileName, quantity AS Quantity,
               material_type AS MaterialType, color_hex AS ColorHex
        FROM order_lines WHERE order_id IN @Ids
        """;

    public async Task<Order?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OrderRow>(new CommandDefinition(OrderRow.Columns + " WHERE o.id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        return (await WithLinesAsync(connection, rows.ToList(), cancellationToken)).SingleOrDefault();
    }

    public async Task<OrderCreateOutcome> CreateAsync(Order order, int year, string? idempotencyKey, string requestHash, CancellationToken cancellationToken)
    {
        const string findKey = "SELECT request_hash AS RequestHash, resource_id AS ResourceId FROM idempotency_keys WHERE scope = @Scope AND key = @Key";
        const string insertOrder =
            """
            INSERT INTO orders (id, number, year, sequence, customer_id, status, due_date, priority, quoted_net, vat_rate_percent, notes,
                                created_at, updated_at)
            VALUES (@Id, @Number, @Year, @Sequence, @CustomerId, @Status, @DueDate, @Priority, @QuotedNet, @VatRatePercent, @Notes,
                    @CreatedAt, @UpdatedAt)
            """;
        const string insertKey =
            "INSERT INTO idempotency_keys (scope, key, request_hash, resource_id, created_at) VALUES (@Scope, @Key, @Hash, @ResourceId, @CreatedAt)";

        await using var connection = await connections.OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: creators queue on the write lock, so the key check, the counter and the insert are one atomic step.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (idempotencyKey is not null)
        {
            var known = await connection.QuerySingleOrDefaultAsync<(string RequestHash, string ResourceId)?>(
                new CommandDefinition(findKey, new { Scope = IdempotencyScope, Key = idempotencyKey }, transaction, cancellationToken: cancellationToken));
            if (known is { } k)
            {
                return string.Equals(k.RequestHash, requestHash, StringComparison.Ordinal)
                    ? new OrderCreateOutcome(Guid.Parse(k.ResourceId), true, false)
                    : new OrderCreateOutcome(Guid.Empty, false, true);
            }
        }

        var sequence = await NumberSequences.NextAsync(connection, transaction, "order-" + year.ToString(CultureInfo.InvariantCulture), cancellationToken);
        order.Number = year.ToString(CultureInfo.InvariantCulture) + "-" + sequence.ToString("D4", CultureInfo.InvariantCulture);
        await connection.ExecuteAsync(new CommandDefinition(insertOrder, new
        {
            order.Id,
            order.Number,
            Year = year,
            Sequence = sequence,
            CustomerId = order.CustomerId?.ToString("D"),
            Status = EnumText.ToText(order.Status),
            DueDate = order.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Priority = EnumText.ToText(order.Priority),
            QuotedNet = order.QuotedNet?.ToString(CultureInfo.InvariantCulture),
            VatRatePercent = order.VatRatePercent.ToString(CultureInfo.InvariantCulture),
            order.Notes,
            order.CreatedAt,
            order.UpdatedAt,
        }, transaction, cancellationToken: cancellationToken));
        await InsertLinesAsync(connection, transaction, order, cancellationToken);
        if (idempotencyKey is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(insertKey, new
            {
                Scope = IdempotencyScope,
                Key = idempotencyKey,
                Hash = requestHash,
                ResourceId = order.Id.ToString("D"),
                order.CreatedAt,
            }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return new OrderCreateOutcome(order.Id, false, false);
    }

    public async Task UpdateAsync(Order order, CancellationToken cancellationToken)
    {
        const string update =
            """
            UPDATE orders SET customer_id = @CustomerId, due_date = @DueDate, priority = @Priority, quoted_net = @QuotedNet,
                   vat_rate_percent = @VatRatePercent, notes = @Notes, updated_at = @UpdatedAt
            WHERE id = @Id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(update, new
        {
            order.Id,
            CustomerId = order.CustomerId?.ToString("D"),
            DueDate = order.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Priority = EnumText.ToText(order.Priority),
            QuotedNet = order.QuotedNet?.ToString(CultureInfo.InvariantCulture),
            VatRatePercent = order.VatRatePercent.ToString(CultureInfo.InvariantCulture),
            order.Notes,
            order.UpdatedAt,
        }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM order_lines WHERE order_id = @Id", new { order.Id }, transaction, cancellationToken: cancellationToken));
        await InsertLinesAsync(connection, transaction, order, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveStatusAsync(Order order, CancellationToken cancellationToken)
    {
        const string sql =
            """
            UPDATE orders SET status = @Status, updated_at = @UpdatedAt, released_at = @ReleasedAt, completed_at = @CompletedAt,
                   delivered_at = @DeliveredAt, cancelled_at = @CancelledAt
            WHERE id = @Id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            order.Id,
            Status = EnumText.ToText(order.Status),
            order.UpdatedAt,
            order.ReleasedAt,
            order.CompletedAt,
            order.DeliveredAt,
            order.CancelledAt,
        }, cancellationToken: cancellationToken));
    }

    public async Task<PagedList<Order>> ListAsync(OrderFilter filter, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (filter.CustomerId is { } customerId)
        {
            where.Add("o.customer_id = @CustomerId");
            parameters.Add("CustomerId", customerId.ToString("D"));
        }

        if (filter.Status is { } status)
        {
            where.Add("o.status = @Status");
            parameters.Add("Status", EnumText.ToText(status));
        }

        var whereSql = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        parameters.Add("Take", filter.PageSize);
        parameters.Add("Skip", (long)(filter.Page - 1) * filter.PageSize);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM orders o" + whereSql, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<OrderRow>(new CommandDefinition(
            OrderRow.Columns + whereSql + " ORDER BY o.year DESC, o.sequence DESC LIMIT @Take OFFSET @Skip", parameters, cancellationToken: cancellationToken));
        return new PagedList<Order>(await WithLinesAsync(connection, rows.ToList(), cancellationToken), filter.Page, filter.PageSize, total);
    }

    public async Task<IReadOnlyList<Order>> ListForCustomerAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OrderRow>(new CommandDefinition(
            OrderRow.Columns + " WHERE o.customer_id = @CustomerId ORDER BY o.year, o.sequence", new { CustomerId = customerId.ToString("D") }, cancellationToken: cancellationToken));
        return await WithLinesAsync(connection, rows.ToList(), cancellationToken);
    }

    public async Task<IReadOnlyList<OrderJobLink>> ListJobLinksAsync(IReadOnlyCollection<Guid> orderIds, CancellationToken cancellationToken)
    {
        const string sql =
            """
            SELECT l.order_id AS OrderId, l.line_no AS LineNo, l.job_id AS JobId, l.pieces AS Pieces, j.status AS Status
            FROM order_job_links l JOIN jobs j ON j.id = l.job_id
            WHERE l.order_id IN @Ids
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string OrderId, long LineNo, string JobId, long Pieces, string Status)>(
            new CommandDefinition(sql, new { Ids = orderIds.Select(i => i.ToString("D")).ToList() }, cancellationToken: cancellationToken));
        return rows.Select(r => new OrderJobLink(Guid.Parse(r.OrderId), (int)r.LineNo, Guid.Parse(r.JobId), (int)r.Pieces, EnumText.Parse<JobStatus>(r.Status))).ToList();
    }

    public async Task LinkJobAsync(Guid jobId, Guid orderId, int lineNo, int pieces, Guid? customerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string link =
            """
            INSERT INTO order_job_links (job_id, order_id, line_no, pieces, linked_at) VALUES (@JobId, @OrderId, @LineNo, @Pieces, @Now)
            ON CONFLICT (job_id) DO UPDATE SET order_id = excluded.order_id, line_no = excluded.line_no, pieces = excluded.pieces,
                                               linked_at = excluded.linked_at
            """;
        const string job = "UPDATE jobs SET order_id = @OrderId, customer_id = COALESCE(customer_id, @CustomerId) WHERE id = @JobId";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new { JobId = jobId.ToString("D"), OrderId = orderId.ToString("D"), LineNo = lineNo, Pieces = pieces, Now = now, CustomerId = customerId?.ToString("D") };
        await connection.ExecuteAsync(new CommandDefinition(link, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(job, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> UnlinkJobAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM order_job_links WHERE job_id = @JobId", new { JobId = jobId.ToString("D") }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("UPDATE jobs SET order_id = NULL WHERE id = @JobId", new { JobId = jobId.ToString("D") }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return removed > 0;
    }

    private static async Task InsertLinesAsync(DbConnection connection, DbTransaction transaction, Order order, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO order_lines (order_id, line_no, file_id, file_name, quantity, material_type, color_hex)
            VALUES (@OrderId, @LineNo, @FileId, @FileName, @Quantity, @MaterialType, @ColorHex)
            """;
        foreach (var line in order.Lines)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, new
            {
                OrderId = order.Id.ToString("D"),
                line.LineNo,
                line.FileId,
                line.FileName,
                line.Quantity,
                line.MaterialType,
                line.ColorHex,
            }, transaction, cancellationToken: cancellationToken));
        }
    }

    private static async Task<List<Order>> WithLinesAsync(DbConnection connection, List<OrderRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var lines = (await connection.QueryAsync<OrderLineRow>(new CommandDefinition(
                SelectLines, new { Ids = rows.Select(r => r.Id.ToString("D")).ToList() }, cancellationToken: cancellationToken)))
            .ToLookup(l => l.OrderId);
        return rows.Select(r => r.ToOrder(lines[r.Id].Select(l => l.ToLine()))).ToList();
    }
}
