using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Application.Jobs;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Api.Tests.Costs;

/// <summary>
/// The real host with an INACTIVE simulated printer (nothing connects anywhere) and jobs seeded with exact instants
/// through the real repository; ending a job publishes the real <see cref="PrintJobEnded"/> notification.
/// </summary>
internal sealed class CostsTestBed : IAsyncDisposable
{
    private CostsTestBed(PrinternizerFactory factory, HttpClient admin)
    {
        Factory = factory;
        Admin = admin;
    }

    public PrinternizerFactory Factory { get; }

    public HttpClient Admin { get; }

    public static async Task<CostsTestBed> StartAsync()
    {
        var factory = new PrinternizerFactory();
        var admin = await factory.CreateAdminClientAsync();
        return new CostsTestBed(factory, admin);
    }

    public async Task<Guid> AddPrinterAsync(string name = "A1 Werkstatt", decimal? powerWatts = 95m, decimal? hourlyRate = 0.134m, string? defaultCategory = null)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/printers", new { name, kind = "simulated", isActive = false, powerWatts, hourlyRate, defaultCategory });
        response.EnsureSuccessStatusCode();
        return Guid.Parse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }

    /// <summary>Stores a job with exact instants; when it has ended, publishes <see cref="PrintJobEnded"/> (freezes its cost).</summary>
    public async Task<Guid> SeedJobAsync(
        Guid printerId,
        DateTimeOffset startedAt,
        DateTimeOffset? endedAt,
        JobStatus status = JobStatus.Completed,
        JobCategory category = JobCategory.Business,
        string? materialType = "PLA",
        decimal? usedGrams = null,
        decimal? estimatedGrams = null,
        int? estimatedSeconds = null,
        int pausedSeconds = 0,
        decimal progress = 100m,
        string name = "Halterung v3")
    {
        var job = new PrintJob
        {
            Id = Guid.NewGuid(),
            PrinterId = printerId,
            ExternalId = Guid.NewGuid().ToString("N"),
            Name = name,
            FileName = name + ".gcode.3mf",
            Status = status,
            StartedAt = startedAt,
            EndedAt = endedAt,
            EstimatedSeconds = estimatedSeconds,
            PausedSeconds = pausedSeconds,
            ProgressPercent = progress,
            MaterialType = materialType,
            MaterialEstimatedGrams = estimatedGrams,
            MaterialUsedGrams = usedGrams,
            Category = category,
            LastSeenAt = endedAt ?? startedAt,
            UpdatedAt = endedAt ?? startedAt,
        };
        using var scope = Factory.Services.CreateScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IJobRepository>();
        var events = new List<JobEventRecord> { new(job.Id, JobEventKind.Started, startedAt, null) };
        if (endedAt is { } end)
        {
            events.Add(new JobEventRecord(job.Id, status == JobStatus.Completed ? JobEventKind.Completed : JobEventKind.Failed, end, null));
        }

        await jobs.SaveTrackingAsync([job], events, CancellationToken.None);
        if (endedAt is not null)
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(new PrintJobEnded(job.Id, printerId, status));
        }

        return job.Id;
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        var connections = Factory.Services.GetRequiredService<SqliteConnectionFactory>();
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    public async Task SetRatesAsync(object rates) =>
        (await Admin.PutAsJsonAsync("/api/v1/settings/costs", rates)).EnsureSuccessStatusCode();

    /// <summary>The worked example of business.md §2.3: PLA 22 €/kg, 25 hands-on minutes, otherwise the German defaults.</summary>
    public Task SetWorkedExampleRatesAsync(decimal electricity = 0.30m) => SetRatesAsync(new
    {
        electricityPerKwh = electricity,
        defaultPowerWatts = 95m,
        heatUpKwh = 0m,
        defaultHourlyRate = 0.134m,
        labourPerHour = 36m,
        setupMinutesPerJob = 25m,
        postprocessMinutesPerJob = 0m,
        failureAllowancePercent = 5m,
        marginPercent = 30m,
        vatRatePercent = 19m,
        smallBusiness = false,
        filamentPrices = new[] { new { materialType = "PLA", pricePerKg = 22.00m } },
    });

    public async Task SetDatevAsync() =>
        (await Admin.PutAsJsonAsync("/api/v1/settings/datev", new { consultantNumber = 1234567, clientNumber = 12345, chartOfAccounts = "skr03" })).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
    }
}
