using System.Data.Common;
using Dapper;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Materials;
using Printernizer.Domain.Materials;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Materials;

/// <summary>Spools and bookings in SQLite. Stock changes run in an IMMEDIATE transaction with an atomic UPDATE.</summary>
public sealed class SpoolRepository(SqliteConnectionFactory connections) : ISpoolRepository
{
    private const string SelectColumns =
        """
        SELECT s.id AS Id, s.material_id AS MaterialId, s.initial_mg AS InitialMg, s.remaining_mg AS RemainingMg, s.lot AS Lot,
               s.location AS Location, s.opened_at AS OpenedAt, s.archived AS Archived, s.needs_recount AS NeedsRecount,
               s.printer_id AS PrinterId, s.slot_id AS SlotId, s.created_at AS CreatedAt, s.updated_at AS UpdatedAt,
               m.type AS MaterialType, m.brand AS Brand, m.color_hex AS ColorHex, m.low_stock_mg AS LowStockMg
        FROM spools s JOIN materials m ON m.id = s.material_id
        """;

    public async Task<Spool?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await GetRowAsync(id, cancellationToken))?.ToSpool();

    public async Task<SpoolDto?> GetDtoAsync(Guid id, CancellationToken cancellationToken) =>
        (await GetRowAsync(id, cancellationToken))?.ToDto();

    public async Task AddAsync(Spool spool, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO spools (id, material_id, initial_mg, remaining_mg, lot, location, opened_at, archived, needs_recount, created_at, updated_at)
            VALUES (@Id, @MaterialId, @InitialMg, @RemainingMg, @Lot, @Location, @OpenedAt, @Archived, 0, @CreatedAt, @UpdatedAt)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            spool.Id,
            spool.MaterialId,
            InitialMg = Milligrams.FromGrams(spool.InitialGrams),
            RemainingMg = Milligrams.FromGrams(spool.RemainingGrams),
            spool.Lot,
            spool.Location,
            spool.OpenedAt,
            Archived = spool.Archived ? 1 : 0,
            spool.CreatedAt,
            spool.UpdatedAt,
        }, cancellationToken: cancellationToken));
    }

    public async Task UpdateAsync(Spool spool, CancellationToken cancellationToken)
    {
        const string sql =
            """
            UPDATE spools SET initial_mg = @InitialMg, lot = @Lot, location = @Location, opened_at = @OpenedAt, archived = @Archived,
                   updated_at = @UpdatedAt
            WHERE id = @Id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            spool.Id,
            InitialMg = Milligrams.FromGrams(spool.InitialGrams),
            spool.Lot,
            spool.Location,
            spool.OpenedAt,
            Archived = spool.Archived ? 1 : 0,
            spool.UpdatedAt,
        }, cancellationToken: cancellationToken));
    }

    public async Task<PagedList<SpoolDto>> ListAsync(SpoolFilter filter, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (filter.MaterialId is { } materialId)
        {
            where.Add("s.material_id = @MaterialId");
            parameters.Add("MaterialId", materialId);
        }

        if (filter.Type is { } type)
        {
            where.Add("m.type = @Type COLLATE NOCASE");
            parameters.Add("Type", type);
        }

        if (filter.Brand is { } brand)
        {
            where.Add("m.brand = @Brand COLLATE NOCASE");
            parameters.Add("Brand", brand);
        }

        if (filter.Archived is { } archived)
        {
            where.Add("s.archived = @Archived");
            parameters.Add("Archived", archived ? 1 : 0);
        }

        if (filter.LowStock is { } low)
        {
            where.Add(low ? "(m.low_stock_mg IS NOT NULL AND s.remaining_mg < m.low_stock_mg)" : "(m.low_stock_mg IS NULL OR s.remaining_mg >= m.low_stock_mg)");
        }

        if (filter.PrinterId is { } printerId)
        {
            where.Add("s.printer_id = @PrinterId");
            parameters.Add("PrinterId", printerId);
        }

        var whereSql = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        parameters.Add("Take", filter.PageSize);
        parameters.Add("Skip", (long)(filter.Page - 1) * filter.PageSize);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM spools s JOIN materials m ON m.id = s.material_id" + whereSql, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<SpoolRow>(new CommandDefinition(
            SelectColumns + whereSql + " ORDER BY m.type COLLATE NOCASE, m.brand COLLATE NOCASE, s.remaining_mg, s.id LIMIT @Take OFFSET @Skip",
            parameters,
            cancellationToken: cancellationToken));
        return new PagedList<SpoolDto>(rows.Select(r => r.ToDto()).ToList(), filter.Page, filter.PageSize, total);
    }

    public async Task<IReadOnlyList<ConsumptionDto>> ListConsumptionsAsync(Guid spoolId, CancellationToken cancellationToken)
    {
        const string sql =
            """
            SELECT id AS Id, spool_id AS SpoolId, job_id AS JobId, mg AS Mg, kind AS Kind, booked_at AS BookedAt, actor AS Actor,
                   reason AS Reason, remaining_after_mg AS RemainingAfterMg
            FROM spool_consumptions WHERE spool_id = @SpoolId ORDER BY id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ConsumptionRow>(new CommandDefinition(sql, new { SpoolId = spoolId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDto()).ToList();
    }

    public async Task LoadAsync(Guid spoolId, Guid printerId, string slotId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string vacate = "UPDATE spools SET printer_id = NULL, slot_id = NULL, updated_at = @Now WHERE printer_id = @PrinterId AND slot_id = @SlotId AND id <> @Id";
        const string load = "UPDATE spools SET printer_id = @PrinterId, slot_id = @SlotId, updated_at = @Now WHERE id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new { Id = spoolId, PrinterId = printerId, SlotId = slotId, Now = now };
        await connection.ExecuteAsync(new CommandDefinition(vacate, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(load, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task UnloadAsync(Guid spoolId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE spools SET printer_id = NULL, slot_id = NULL, updated_at = @Now WHERE id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = spoolId, Now = now }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Spool>> ListLoadedAsync(Guid printerId, CancellationToken cancellationToken)
    {
        const string sql = SelectColumns + " WHERE s.printer_id = @PrinterId AND s.archived = 0 ORDER BY s.slot_id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SpoolRow>(new CommandDefinition(sql, new { PrinterId = printerId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSpool()).ToList();
    }

    public async Task<IReadOnlyList<StockChange>> BookJobAsync(JobBooking booking, CancellationToken cancellationToken)
    {
        const string booked =
            """
            SELECT spool_id AS SpoolId, SUM(mg) AS Mg FROM spool_consumptions
            WHERE job_id = @JobId AND kind IN ('booking', 'correction') GROUP BY spool_id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: concurrent bookings queue on the write lock (busy timeout) instead of failing.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = (await connection.QueryAsync<(string SpoolId, long Mg)>(new CommandDefinition(booked, new { booking.JobId }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(r => Guid.Parse(r.SpoolId), r => r.Mg);
        var desired = new Dictionary<Guid, long>();
        if (booking.SpoolId is { } spoolId)
        {
            desired[spoolId] = Milligrams.FromGrams(booking.Grams);
        }

        var kind = current.Count == 0 ? ConsumptionKind.Booking : ConsumptionKind.Correction;
        var changes = new List<StockChange>();
        foreach (var spool in current.Keys.Union(desired.Keys).Order())
        {
            var difference = desired.GetValueOrDefault(spool) - current.GetValueOrDefault(spool);
            if (difference != 0)
            {
                changes.Add(await ApplyAsync(connection, transaction, spool, booking.JobId, difference, kind, booking.Actor, booking.Reason, booking.At, cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return changes;
    }

    public async Task<StockChange> AdjustAsync(Guid spoolId, decimal remainingGrams, string actor, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        const string read = "SELECT remaining_mg FROM spools WHERE id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await connection.ExecuteScalarAsync<long>(new CommandDefinition(read, new { Id = spoolId }, transaction, cancellationToken: cancellationToken));
        var change = await ApplyAsync(connection, transaction, spoolId, null, before - Milligrams.FromGrams(remainingGrams), ConsumptionKind.Adjustment, actor, reason, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return change;
    }

    public async Task SetJobSpoolIfEmptyAsync(Guid jobId, Guid spoolId, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE jobs SET spool_id = @SpoolId WHERE id = @JobId AND spool_id IS NULL";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { JobId = jobId, SpoolId = spoolId }, cancellationToken: cancellationToken));
    }

    /// <summary>Takes <paramref name="mg"/> from the spool (negative gives back). Below zero: stock stays at 0 and the spool needs a recount.</summary>
    private static async Task<StockChange> ApplyAsync(
        DbConnection connection,
        DbTransaction transaction,
        Guid spoolId,
        Guid? jobId,
        long mg,
        ConsumptionKind kind,
        string actor,
        string reason,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        const string read =
            """
            SELECT s.material_id AS MaterialId, s.remaining_mg AS RemainingMg, m.low_stock_mg AS LowStockMg,
                   (SELECT COALESCE(SUM(o.remaining_mg), 0) FROM spools o WHERE o.material_id = s.material_id AND o.archived = 0) AS StockMg
            FROM spools s JOIN materials m ON m.id = s.material_id WHERE s.id = @Id
            """;
        const string update =
            """
            UPDATE spools SET remaining_mg = MAX(0, remaining_mg - @Mg),
                   needs_recount = CASE WHEN @Kind = 'adjustment' THEN 0 WHEN remaining_mg - @Mg < 0 THEN 1 ELSE needs_recount END,
                   updated_at = @At
            WHERE id = @Id
            RETURNING remaining_mg
            """;
        const string insert =
            """
            INSERT INTO spool_consumptions (spool_id, job_id, mg, kind, booked_at, actor, reason, remaining_after_mg)
            VALUES (@SpoolId, @JobId, @Mg, @Kind, @At, @Actor, @Reason, @RemainingAfterMg)
            """;
        const string stock = "SELECT COALESCE(SUM(remaining_mg), 0) FROM spools WHERE material_id = @MaterialId AND archived = 0";

        var before = await connection.QuerySingleAsync<(string MaterialId, long RemainingMg, long? LowStockMg, long StockMg)>(
            new CommandDefinition(read, new { Id = spoolId }, transaction, cancellationToken: cancellationToken));
        var kindText = EnumText.ToText(kind);
        var remaining = await connection.ExecuteScalarAsync<long>(new CommandDefinition(update, new { Id = spoolId, Mg = mg, Kind = kindText, At = at }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(insert, new
        {
            SpoolId = spoolId,
            JobId = jobId?.ToString("D"),
            Mg = mg,
            Kind = kindText,
            At = at,
            Actor = actor,
            Reason = reason,
            RemainingAfterMg = remaining,
        }, transaction, cancellationToken: cancellationToken));
        var stockAfter = await connection.ExecuteScalarAsync<long>(new CommandDefinition(stock, new { before.MaterialId }, transaction, cancellationToken: cancellationToken));
        return new StockChange(
            spoolId,
            Guid.Parse(before.MaterialId),
            Milligrams.ToGrams(mg),
            kind,
            Milligrams.ToGrams(remaining),
            kind != ConsumptionKind.Adjustment && before.RemainingMg - mg < 0,
            Milligrams.ToGrams(before.StockMg),
            Milligrams.ToGrams(stockAfter),
            Milligrams.ToGrams(before.LowStockMg));
    }

    private async Task<SpoolRow?> GetRowAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql = SelectColumns + " WHERE s.id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SpoolRow>(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken));
    }
}
