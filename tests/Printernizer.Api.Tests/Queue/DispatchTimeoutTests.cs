using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Application.Queue;
using Printernizer.Application.Queue.Commands.ExpireStuckDispatches;
using Printernizer.Domain.Queue;
using Printernizer.Infrastructure.Queue;
using Quartz;

namespace Printernizer.Api.Tests.Queue;

/// <summary>Items stuck in <c>dispatching</c> fail after the configured timeout, from the Quartz job, without touching the printer.</summary>
public sealed class DispatchTimeoutTests
{
    private static Dictionary<string, string?> Settings() => new()
    {
        ["Printernizer:Simulation:AutoStartJobs"] = "false",
        ["Printernizer:Simulation:MinIdle"] = "10:00:00",
        ["Printernizer:Simulation:MaxIdle"] = "10:00:00",
        ["Printernizer:Queue:DispatchTimeout"] = "00:10:00",
    };

    [Test]
    public async Task ExpireStuckDispatches_WhenTheTimeoutPasses_FailsOnlyTheStuckItem_AndLeavesThePrinterAlone()
    {
        var clock = new ShiftedTimeProvider();
        using var factory = new PrinternizerFactory(settings: Settings(), configureServices: s => s.AddSingleton<TimeProvider>(clock));
        using var client = await factory.CreateAdminClientAsync();
        var printer = await client.PostAsJsonAsync("/api/v1/printers", new { name = "Sim T", kind = "simulated" });
        printer.EnsureSuccessStatusCode();
        var printerId = Guid.Parse((await printer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{printerId}/status"),
            s => s.GetProperty("state").GetString() == "idle",
            "printer idle");
        var fileId = await QueueFlowTests.AddFileAsync(client, "Stuck.gcode", QueueFlowTests.GCode(300));
        var added = await (await client.PostAsJsonAsync("/api/v1/queue", new { fileId, copies = 2 })).Content.ReadFromJsonAsync<JsonElement>();
        var stuckId = Guid.Parse(added[0].GetProperty("id").GetString()!);
        var freshId = Guid.Parse(added[1].GetProperty("id").GetString()!);

        // The first dispatch began now, the second one 9 minutes later; neither printer ever reported the print.
        await MarkDispatchingAsync(factory, stuckId, printerId, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(9));
        await MarkDispatchingAsync(factory, freshId, printerId, clock.GetUtcNow());
        (await ExpireAsync(factory)).Should().Be(0, "nine minutes are within the ten-minute timeout");
        (await StatusAsync(client, stuckId)).Should().Be("dispatching");

        clock.Advance(TimeSpan.FromMinutes(2));
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(DispatchTimeoutJob.Key);
        var failed = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{stuckId}"),
            i => i.GetProperty("status").GetString() == "failed",
            "the stuck item failed by the Quartz job");

        failed.GetProperty("failureReason").GetString().Should().StartWith("Dispatch timed out");
        failed.GetProperty("printerId").GetString().Should().Be(printerId.ToString("D"));
        (await StatusAsync(client, freshId)).Should().Be("dispatching", "its dispatch began only two minutes ago");
        var status = await client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{printerId}/status");
        status.GetProperty("state").GetString().Should().Be("idle", "the printer is not contacted");
        var requeued = await client.PostAsync($"/api/v1/queue/{stuckId}/requeue", null);
        (await requeued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("queued", "a timed-out item can be requeued");
    }

    [Test]
    public async Task ExpireStuckDispatches_WhenTheUploadIsStillRunning_WaitsUntilThePrinterAcceptedTheStart()
    {
        var clock = new ShiftedTimeProvider();
        using var factory = new PrinternizerFactory(settings: Settings(), configureServices: s => s.AddSingleton<TimeProvider>(clock));
        using var client = await factory.CreateAdminClientAsync();
        var printer = await client.PostAsJsonAsync("/api/v1/printers", new { name = "Sim U", kind = "simulated", isActive = false });
        var printerId = Guid.Parse((await printer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        var fileId = await QueueFlowTests.AddFileAsync(client, "Big.gcode", QueueFlowTests.GCode(300));
        var added = await (await client.PostAsJsonAsync("/api/v1/queue", new { fileId, copies = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        var itemId = Guid.Parse(added[0].GetProperty("id").GetString()!);
        await MarkDispatchingAsync(factory, itemId, printerId, clock.GetUtcNow());
        var inFlight = factory.Services.GetRequiredService<DispatchesInFlight>();

        using (inFlight.Begin(itemId))
        {
            // A slow upload: 30 minutes and still transferring.
            clock.Advance(TimeSpan.FromMinutes(30));
            (await ExpireAsync(factory)).Should().Be(0, "an upload in progress is never timed out");
        }

        // The printer accepted the start now: the clock restarts there.
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IQueueRepository>().MarkStartAcceptedAsync(itemId, clock.GetUtcNow(), CancellationToken.None);
        }

        clock.Advance(TimeSpan.FromMinutes(9));
        (await ExpireAsync(factory)).Should().Be(0, "nine minutes after the printer accepted the start");
        clock.Advance(TimeSpan.FromMinutes(2));
        (await ExpireAsync(factory)).Should().Be(1);
        (await StatusAsync(client, itemId)).Should().Be("failed");
    }

    private static async Task MarkDispatchingAsync(PrinternizerFactory factory, Guid itemId, Guid printerId, DateTimeOffset at)
    {
        using var scope = factory.Services.CreateScope();
        var queue = scope.ServiceProvider.GetRequiredService<IQueueRepository>();
        var item = (await queue.GetAsync(itemId, CancellationToken.None))!;
        item.Status = QueueItemStatus.Dispatching;
        item.PrinterId = printerId;
        item.DispatchedAt = at;
        item.UpdatedAt = at;
        await queue.UpdateAsync(item, CancellationToken.None);
    }

    private static async Task<int> ExpireAsync(PrinternizerFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ExpireStuckDispatchesCommand());
    }

    private static async Task<string?> StatusAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{id}")).GetProperty("status").GetString();
}
