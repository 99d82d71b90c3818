using Dapper;
using Printernizer.Application.Queue;
using Printernizer.Domain.Queue;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Queue;

/// <summary>Queue items in SQLite.</summary>
public sealed class QueueRepository(SqliteConnectionFactory connections) : IQueueRepository
{
    private const string OpenStatuses = "('queued', 'assigned', 'dispatching', 'printing')";

    public async Task<QueueItem?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var items = await QueryAsync(QueueItemRow.Columns + " WHERE id = @Id", new { Id = id }, cancellationToken);
        return items.Count > 0 ? items[0] : null;
    }

    public Task<IReadOnlyList<QueueItem>> ListAsync(DateTimeOffset closedSince, CancellationToken cancellationToken) =>
        QueryAsync(QueueItemRow.Columns + " WHERE status IN " + OpenStatuses + " OR updated_at >= @Since", new { Since = closedSince }, cancellationToken);

    public Task<IReadOnlyList<QueueItem>> ListOpenAsync(CancellationToken cancellationToken) =>
        QueryAsync(QueueItemRow.Columns + " WHERE status IN " + OpenStatuses, null, cancellationToken);

    public Task<IReadOnlyList<QueueItem>> ListForOrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        QueryAsync(QueueItemRow.Columns + " WHERE order_id = @OrderId ORDER BY position", new { OrderId = orderId.ToString("D") }, cancellationToken);

    public Task<IReadOnlyList<QueueItem>> ListAwaitingJobAsync(Guid printerId, CancellationToken cancellationToken) =>
        QueryAsync(
            QueueItemRow.Columns + " WHERE printer_id = @PrinterId AND status = 'dispatching' AND job_id IS NULL ORDER BY dispatched_at DESC",
            new { PrinterId = printerId.ToString("D") },
            cancellationToken);

    public async Task<IReadOnlyList<QueueOrderLabel>> ListOrderLabelsAsync(IReadOnlyCollection<Guid> orderIds, CancellationToken cancellationToken)
    {
        if (orderIds.Count == 0)
        {
            return [];
        }

        const string sql =
            """
            SELECT o.id AS OrderId, o.number AS Number, c.name AS CustomerName
            FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
            WHERE o.id IN @Ids
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OrderLabelRow>(new CommandDefinition(
            sql, new { Ids = orderIds.Select(id => id.ToString("D")).ToList() }, cancellationToken: cancellationToken));
        return rows.Select(r => new QueueOrderLabel(Guid.Parse(r.OrderId), r.Number, r.CustomerName)).ToList();
    }

    public async Task<QueueItem?> FindByJobAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var items = await QueryAsync(QueueItemRow.Columns + " WHERE job_id = @JobId", new { JobId = jobId.ToString("D") }, cancellationToken);
        return items.Count > 0 ? items[0] : null;
    }

    public async Task AddManyAsync(IReadOnlyList<QueueItem> items, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO queue_items (id, order_id, order_line_no, file_id, file_name, material_type, color_hex, status, printer_id, priority,
                                     due_date, position, estimated_seconds, failure_reason, job_id, created_at, updated_at, dispatched_at, ended_at)
            VALUES (@Id, @OrderId, @OrderLineNo, @FileId, @FileName, @MaterialType, @ColorHex, @Status, @PrinterId, @Priority,
                    @DueDate, @Position, @EstimatedSeconds, @FailureReason, @JobId, @CreatedAt, @UpdatedAt, @DispatchedAt, @EndedAt)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var item in items)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, QueueItemRow.Parameters(item), transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MarkStartAcceptedAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE queue_items SET dispatched_at = @At WHERE id = @Id AND status = 'dispatching' AND job_id IS NULL";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = id, At = at }, cancellationToken: cancellationToken));
    }

    public async Task<bool> AttachToOrderAsync(Guid id, Guid orderId, int lineNo, DateTimeOffset at, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE queue_items SET order_id = @OrderId, order_line_no = @LineNo, updated_at = @At WHERE id = @Id AND order_id IS NULL";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { Id = id, OrderId = orderId.ToString("D"), LineNo = lineNo, At = at },
            cancellationToken: cancellationToken));
        return changed == 1;
    }

    public async Task UpdateAsync(QueueItem item, CancellationToken cancellationToken)
    {
        const string sql =
            """
            UPDATE queue_items SET status = @Status, printer_id = @PrinterId, priority = @Priority, due_date = @DueDate, position = @Position,
                   estimated_seconds = @EstimatedSeconds, failure_reason = @FailureReason, job_id = @JobId, updated_at = @UpdatedAt,
                   dispatched_at = @DispatchedAt, ended_at = @EndedAt
            WHERE id = @Id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, QueueItemRow.Parameters(item), cancellationToken: cancellationToken));
    }

    public async Task SavePositionsAsync(IReadOnlyList<QueueItem> items, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE queue_items SET position = @Position WHERE id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var item in items)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, new { item.Id, item.Position }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> NextPositionAsync(CancellationToken cancellationToken)
    {
        const string sql = "SELECT COALESCE(MAX(position), 0) + 1 FROM queue_items WHERE status IN " + OpenStatuses;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }

    public async Task SetJobOrderAsync(Guid jobId, Guid orderId, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE jobs SET order_id = @OrderId WHERE id = @JobId AND order_id IS NULL";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { JobId = jobId, OrderId = orderId.ToString("D") }, cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<QueueItem>> QueryAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<QueueItemRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToItem()).ToList();
    }

    private sealed class OrderLabelRow
    {
        public string OrderId { get; init; } = "";
        public string Number { get; init; } = "";
        public string? CustomerName { get; init; }
    }
}
