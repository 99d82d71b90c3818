using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Application.Monitoring.Commands.RecordPrinterStatus;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;

namespace Printernizer.Api.Tests.Costs;

public sealed class CostSettingsTests
{
    [Test]
    public async Task CostSettings_WhenNeverSaved_AreTheGermanDefaults_AndEverySaveIsANewVersion()
    {
        await using var bed = await CostsTestBed.StartAsync();

        var defaults = await bed.Admin.GetFromJsonAsync<JsonElement>("/api/v1/settings/costs");
        defaults.GetProperty("electricityPerKwh").GetDecimal().Should().Be(0.30m);
        defaults.GetProperty("defaultPowerWatts").GetDecimal().Should().Be(95m);
        defaults.GetProperty("labourPerHour").GetDecimal().Should().Be(36.00m);
        defaults.GetProperty("vatRatePercent").GetDecimal().Should().Be(19m);
        defaults.GetProperty("validFrom").ValueKind.Should().Be(JsonValueKind.Null);

        await bed.SetWorkedExampleRatesAsync();
        await bed.SetWorkedExampleRatesAsync(electricity: 0.35m);

        var current = await bed.Admin.GetFromJsonAsync<JsonElement>("/api/v1/settings/costs");
        current.GetProperty("electricityPerKwh").GetDecimal().Should().Be(0.35m);
        current.GetProperty("filamentPrices")[0].GetProperty("materialType").GetString().Should().Be("PLA", "material types keep their spelling");
        current.GetProperty("changedBy").GetString().Should().Be("admin");
        (await bed.Admin.GetFromJsonAsync<JsonElement>("/api/v1/settings/costs/history")).GetArrayLength().Should().Be(2);
        (await bed.QueryAsync<string>("SELECT action FROM audit_log WHERE action = 'settings.costs.changed'")).Should().HaveCount(2);
    }

    [Test]
    public async Task CostSettings_WhenInvalid_Answer400WithFieldErrors()
    {
        await using var bed = await CostsTestBed.StartAsync();

        var response = await bed.Admin.PutAsJsonAsync("/api/v1/settings/costs", new
        {
            electricityPerKwh = -1m,
            defaultPowerWatts = 95m,
            defaultHourlyRate = 0.134m,
            labourPerHour = 36m,
            setupMinutesPerJob = 10m,
            postprocessMinutesPerJob = 10m,
            failureAllowancePercent = 500m,
            marginPercent = 30m,
            vatRatePercent = 19m,
            filamentPrices = new[] { new { materialType = "PLA", pricePerKg = 20m }, new { materialType = "pla", pricePerKg = 21m } },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors("electricityPerKwh").Should().NotBeEmpty();
        problem.FieldErrors("failureAllowancePercent").Should().NotBeEmpty();
        problem.FieldErrors("filamentPrices").Should().NotBeEmpty();
    }

    [Test]
    public async Task DatevSettings_WhenSaved_TakeTheChartDefaults_AndRejectInvalidNumbers()
    {
        await using var bed = await CostsTestBed.StartAsync();

        var saved = await bed.Admin.PutAsJsonAsync("/api/v1/settings/datev", new { consultantNumber = 1234567, clientNumber = 12345, chartOfAccounts = "skr04" });
        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        var datev = await bed.Admin.GetFromJsonAsync<JsonElement>("/api/v1/settings/datev");
        datev.GetProperty("revenueAccount19").GetInt64().Should().Be(4400);
        datev.GetProperty("withdrawalAccount").GetInt64().Should().Be(2100);
        datev.GetProperty("consultantNumber").GetInt32().Should().Be(1234567);

        var bad = await bed.Admin.PutAsJsonAsync("/api/v1/settings/datev", new { consultantNumber = 12, clientNumber = 0, accountLength = 9 });
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors("consultantNumber").Should().NotBeEmpty();
        problem.FieldErrors("clientNumber").Should().NotBeEmpty();
        problem.FieldErrors("accountLength").Should().NotBeEmpty();
    }

    [Test]
    public async Task NewJob_WhenPrinterHasDefaultCategory_StartsInThatCategory()
    {
        await using var bed = await CostsTestBed.StartAsync();
        var printer = await bed.AddPrinterAsync(defaultCategory: "private");

        using (var scope = bed.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordPrinterStatusCommand(printer, new PrinterStatusReport
            {
                State = PrinterState.Printing,
                JobIdentity = "job-1",
                JobName = "Vase",
                ProgressPercent = 5m,
            }));
        }

        var jobs = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={printer}");
        jobs.GetProperty("items")[0].GetProperty("category").GetString().Should().Be("private");
        jobs.GetProperty("items")[0].GetProperty("cost").GetProperty("version").GetInt32().Should().Be(0);
    }
}
