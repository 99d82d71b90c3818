using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Security;

namespace Printernizer.Infrastructure.Persistence.Repositories;

/// <summary>Printers in SQLite; access code and API key encrypted with Data Protection.</summary>
public sealed class PrinterRepository(SqliteConnectionFactory connections, PrinterSecretProtector secrets) : IPrinterRepository
{
    private const string SelectColumns =
        """
        SELECT id AS Id, name AS Name, kind AS Kind, host AS Host, serial AS Serial, mqtt_port AS MqttPort,
               ftps_port AS FtpsPort, http_port AS HttpPort, access_code_enc AS AccessCodeEnc, api_key_enc AS ApiKeyEnc,
               tls_fingerprint AS TlsFingerprint, power_watts AS PowerWatts, hourly_rate AS HourlyRate, default_category AS DefaultCategory,
               is_active AS IsActive, model AS Model, firmware AS Firmware, created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM printers
        """;

    public async Task<IReadOnlyList<Printer>> ListAsync(CancellationToken cancellationToken)
    {
        const string sql = SelectColumns + " ORDER BY name COLLATE NOCASE";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PrinterRow>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return rows.Select(ToPrinter).ToList();
    }

    public async Task<Printer?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql = SelectColumns + " WHERE id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PrinterRow>(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken));
        return row is null ? null : ToPrinter(row);
    }

    public async Task<PrinterLabel?> GetLabelAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql = "SELECT name AS Name, default_category AS DefaultCategory FROM printers WHERE id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PrinterLabelRow>(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken));
        return row is null ? null : new PrinterLabel(row.Name, EnumText.Parse<Domain.Jobs.JobCategory>(row.DefaultCategory));
    }

    public async Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        const string sql = "SELECT COUNT(*) FROM printers WHERE name = @Name COLLATE NOCASE AND (@ExceptId IS NULL OR id <> @ExceptId)";
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, new { Name = name, ExceptId = exceptId?.ToString("D") }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task AddAsync(Printer printer, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO printers (id, name, kind, host, serial, mqtt_port, ftps_port, http_port, access_code_enc, api_key_enc,
                                  tls_fingerprint, power_watts, hourly_rate, default_category, is_active, model, firmware, created_at, updated_at)
            VALUES (@Id, @Name, @Kind, @Host, @Serial, @MqttPort, @FtpsPort, @HttpPort, @AccessCodeEnc, @ApiKeyEnc,
                    @TlsFingerprint, @PowerWatts, @HourlyRate, @DefaultCategory, @IsActive, @Model, @Firmware, @CreatedAt, @UpdatedAt)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await ExecuteUniqueAsync(connection, new CommandDefinition(sql, ToParameters(printer), cancellationToken: cancellationToken));
    }

    public async Task<bool> UpdateAsync(Printer printer, CancellationToken cancellationToken)
    {
        const string sql =
            """
            UPDATE printers SET name = @Name, kind = @Kind, host = @Host, serial = @Serial, mqtt_port = @MqttPort,
                   ftps_port = @FtpsPort, http_port = @HttpPort, access_code_enc = @AccessCodeEnc, api_key_enc = @ApiKeyEnc,
                   tls_fingerprint = @TlsFingerprint, power_watts = @PowerWatts, hourly_rate = @HourlyRate, default_category = @DefaultCategory,
                   is_active = @IsActive, model = @Model, firmware = @Firmware, updated_at = @UpdatedAt
            WHERE id = @Id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await ExecuteUniqueAsync(connection, new CommandDefinition(sql, ToParameters(printer), cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM printers WHERE id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken)) == 1;
    }

    private static async Task<int> ExecuteUniqueAsync(SqliteConnection connection, CommandDefinition command)
    {
        try
        {
            return await connection.ExecuteAsync(command);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19 && ex.Message.Contains("printers.name", StringComparison.Ordinal))
        {
            // Two creates raced past the validator's uniqueness check.
            throw ValidationException.ForField("name", "Another printer already has this name.");
        }
    }

    private object ToParameters(Printer p) => new
    {
        p.Id,
        p.Name,
        Kind = EnumText.ToText(p.Kind),
        p.Host,
        p.Serial,
        p.MqttPort,
        p.FtpsPort,
        p.HttpPort,
        AccessCodeEnc = secrets.Protect(p.AccessCode),
        ApiKeyEnc = secrets.Protect(p.ApiKey),
        p.TlsFingerprint,
        PowerWatts = p.PowerWatts?.ToString(CultureInfo.InvariantCulture),
        HourlyRate = p.HourlyRate?.ToString(CultureInfo.InvariantCulture),
        DefaultCategory = EnumText.ToText(p.DefaultCategory),
        IsActive = p.IsActive ? 1 : 0,
        p.Model,
        p.Firmware,
        p.CreatedAt,
        p.UpdatedAt,
    };

    private Printer ToPrinter(PrinterRow row) => new()
    {
        Id = Guid.Parse(row.Id),
        Name = row.Name,
        Kind = EnumText.Parse<PrinterKind>(row.Kind),
        Host = row.Host,
        Serial = row.Serial,
        MqttPort = (int)row.MqttPort,
        FtpsPort = (int)row.FtpsPort,
        HttpPort = (int)row.HttpPort,
        AccessCode = secrets.Unprotect(row.AccessCodeEnc),
        ApiKey = secrets.Unprotect(row.ApiKeyEnc),
        TlsFingerprint = row.TlsFingerprint,
        PowerWatts = row.PowerWatts is null ? null : decimal.Parse(row.PowerWatts, CultureInfo.InvariantCulture),
        HourlyRate = row.HourlyRate is null ? null : decimal.Parse(row.HourlyRate, CultureInfo.InvariantCulture),
        DefaultCategory = EnumText.Parse<Domain.Jobs.JobCategory>(row.DefaultCategory),
        IsActive = row.IsActive != 0,
        Model = row.Model,
        Firmware = row.Firmware,
        CreatedAt = DapperTypeHandlers.ParseInstant(row.CreatedAt),
        UpdatedAt = DapperTypeHandlers.ParseInstant(row.UpdatedAt),
    };

    private sealed record PrinterRow
    {
        public required string Id { get; init; }
        public required string Name { get; init; }
        public required string Kind { get; init; }
        public string? Host { get; init; }
        public string? Serial { get; init; }
        public long MqttPort { get; init; }
        public long FtpsPort { get; init; }
        public long HttpPort { get; init; }
        public string? AccessCodeEnc { get; init; }
        public string? ApiKeyEnc { get; init; }
        public string? TlsFingerprint { get; init; }
        public string? PowerWatts { get; init; }
        public string? HourlyRate { get; init; }
        public string DefaultCategory { get; init; } = "unassigned";
        public long IsActive { get; init; }
        public string? Model { get; init; }
        public string? Firmware { get; init; }
        public required string CreatedAt { get; init; }
        public required string UpdatedAt { get; init; }
    }

    private sealed record PrinterLabelRow
    {
        public required string Name { get; init; }
        public string DefaultCategory { get; init; } = "unassigned";
    }
}
