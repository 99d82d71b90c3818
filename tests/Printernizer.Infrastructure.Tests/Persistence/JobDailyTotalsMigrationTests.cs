using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Persistence;

public sealed class JobDailyTotalsMigrationTests
{
    private const string PrinterId = "0b6f5d0e-6a43-4c1a-9d51-000000000001";

    [Test]
    public async Task MigrateAsync_WhenJobsExistedBefore0008_BackfillsTheRollupPerBerlinDayWithExactSumsOfCents()
    {
        using var dir = new TestDirectory();
        var connections = new SqliteConnectionFactory(new DataFolder(dir.Path));
        var migrator = new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance, TimeProvider.System);
        await migrator.MigrateAsync(DatabaseMigrator.EmbeddedMigrations.Where(m => m.Version < 8).ToList());
        await using (var connection = await connections.OpenAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO printers (id, name, kind, created_at, updated_at) VALUES (@PrinterId, 'A1', 'simulated', '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z')",
                new { PrinterId });
            // 29 March 2026: 01:30 CET and 23:59 CEST are the same Berlin day; 22:00Z is already 30 March.
            await JobAsync(connection, "j1", "completed", "2026-03-29T00:30:00.0000000Z", cost: [("1", "0.1", true)]);
            await JobAsync(connection, "j2", "completed", "2026-03-29T21:59:00.0000000Z", cost: [("1", "9.99", false), ("2", "0.2", true)]);
            await JobAsync(connection, "j3", "completed", "2026-03-29T22:00:00.0000000Z", cost: [("1", "1.005", true)]);
            await JobAsync(connection, "j4", "failed", "2026-03-29T22:30:00.0000000Z", cost: []);
            await JobAsync(connection, "j5", "printing", null, cost: []);
        }

        await migrator.MigrateAsync();

        await using var migrated = await connections.OpenAsync();
        var rows = (await migrated.QueryAsync<(string Day, string Status, long Jobs, long JobsWithCost, string? Material, string? Total)>(
            "SELECT day, status, jobs, jobs_with_cost, material, total FROM job_daily_totals ORDER BY day, status")).ToList();
        rows.Should().Equal(
            ("2026-03-29", "completed", 2L, 2L, "0.3", "0.3"),
            ("2026-03-30", "completed", 1L, 1L, "1.01", "1.01"), // migration 0011: each job's value in cents (1.005 half-up)
            ("2026-03-30", "failed", 1L, 0L, null, null));
        var direct = (await migrated.QueryAsync($"SELECT * FROM ({JobDailyTotals.Recompute}) ORDER BY 1, 4")).Count();
        direct.Should().Be(rows.Count);
        (await migrated.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_jobs_effective_end_id'")).Should().Be(1);
    }

    [Test]
    public async Task JobValueFunctions_WhenLegacyFullPrecisionRevision_GiveCentsThatAddUpAndNoLabourForPrivate()
    {
        using var dir = new TestDirectory();
        var connections = new SqliteConnectionFactory(new DataFolder(dir.Path));
        await using var connection = await connections.OpenAsync();

        var business = await connection.QuerySingleAsync<(string, string, string)>(
            "SELECT pz_cents('0.12825'), pz_job_labour('business', '12.004'), pz_job_total('business', '0.0125', '0.00142', '0.00223', '12.004', '0.000799')");
        var @private = await connection.QuerySingleAsync<(string, string)>(
            "SELECT pz_job_labour('private', '12.004'), pz_job_total('private', '1.87', '0.12825', '0.603', '15', '0.1300625')");

        business.Should().Be(("0.13", "12.00", "12.01"));
        @private.Should().Be(("0", "2.73"));
        (await connection.ExecuteScalarAsync<string?>("SELECT pz_job_total('business', NULL, '0', '0', '0', '0')")).Should().BeNull();
    }

    [Test]
    public async Task BerlinDate_WhenInstantsAroundBothDstSwitches_GivesTheLocalCalendarDay()
    {
        using var dir = new TestDirectory();
        var connections = new SqliteConnectionFactory(new DataFolder(dir.Path));
        await using var connection = await connections.OpenAsync();

        var days = await connection.QuerySingleAsync<(string, string, string, string, string)>(
            """
            SELECT pz_berlin_date('2026-03-28T22:59:59.9999999Z'), pz_berlin_date('2026-03-28T23:00:00.0000000Z'),
                   pz_berlin_date('2026-10-24T22:00:00.0000000Z'), pz_berlin_date('2026-10-25T22:59:59.0000000Z'),
                   pz_berlin_date('2026-10-25T23:00:00.0000000Z')
            """);

        days.Should().Be(("2026-03-28", "2026-03-29", "2026-10-25", "2026-10-25", "2026-10-26"));
        (await connection.ExecuteScalarAsync<string>("SELECT pz_decimal_sum(v) FROM (SELECT '0.1' AS v UNION ALL SELECT '0.2' UNION ALL SELECT NULL)")).Should().Be("0.3");
        (await connection.ExecuteScalarAsync<string?>("SELECT pz_decimal_sum(NULL)")).Should().BeNull();
    }

    private static async Task JobAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string name, string status, string? endedAt, (string Version, string Amount, bool Latest)[] cost)
    {
        var id = Guid.NewGuid().ToString("D");
        await connection.ExecuteAsync(
            """
            INSERT INTO jobs (id, printer_id, external_id, name, status, started_at, ended_at, material_type, actual_seconds, last_seen_at, updated_at)
            VALUES (@Id, @PrinterId, @Name, @Name, @Status, '2026-03-28T12:00:00.0000000Z', @EndedAt, 'PLA', 3600, '2026-03-28T12:00:00.0000000Z', '2026-03-28T12:00:00.0000000Z')
            """,
            new { Id = id, PrinterId, Name = name, Status = status, EndedAt = endedAt });
        foreach (var (version, amount, latest) in cost)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO job_costs (job_id, version, frozen_at, calculation_version, inputs_json, rates_json, material, energy, machine,
                                       labour, failure_allowance, total, energy_kwh, print_hours, is_latest)
                VALUES (@Id, @Version, '2026-03-30T00:00:00.0000000Z', 1, '{}', '{}', @Amount, '0', '0', '0', '0', @Amount, '0', '1', @Latest)
                """,
                new { Id = id, Version = long.Parse(version, System.Globalization.CultureInfo.InvariantCulture), Amount = amount, Latest = latest ? 1 : 0 });
        }
    }
}
