using Dapper;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Persistence;

public sealed class DapperTypeHandlersTests
{
    [Test]
    public async Task TypeHandlers_WhenRoundTripped_StoreGuidsAndUtcInstantsAsSortableText()
    {
        DapperTypeHandlers.Register();
        using var dir = new TestDirectory();
        var connections = new SqliteConnectionFactory(new DataFolder(dir.Path));
        await using var connection = await connections.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE t (id TEXT, at TEXT)");
        var id = Guid.NewGuid();
        var berlin = new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2));

        await connection.ExecuteAsync("INSERT INTO t VALUES (@Id, @At)", new { Id = id, At = berlin });

        (await connection.ExecuteScalarAsync<string>("SELECT at FROM t")).Should().Be("2026-03-29T01:30:00.0000000Z");
        (await connection.ExecuteScalarAsync<string>("SELECT id FROM t")).Should().Be(id.ToString("D"));
        var row = await connection.QuerySingleAsync<(Guid Id, DateTimeOffset At)>("SELECT id AS Id, at AS At FROM t");
        row.Id.Should().Be(id);
        row.At.Should().Be(berlin);
        row.At.Offset.Should().Be(TimeSpan.Zero);
    }

    [Test]
    public void EnumText_WhenConverted_IsSnakeCaseBothWays()
    {
        EnumText.ToText(PrinterKind.Bambu).Should().Be("bambu");
        EnumText.ToText(DayOfWeek.Wednesday).Should().Be("wednesday");
        EnumText.Parse<PrinterState>("attention").Should().Be(PrinterState.Attention);
        EnumText.ToText(System.IO.FileAccess.ReadWrite).Should().Be("read_write");
        EnumText.Parse<System.IO.FileAccess>("read_write").Should().Be(System.IO.FileAccess.ReadWrite);
    }
}
