using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Application.Webhooks;

namespace Printernizer.Api.Tests.Queue;

/// <summary>The webhook outbox is durable: a delivery that could not be sent before a restart is sent after it.</summary>
public sealed class WebhookOutboxTests
{
    private const string Secret = "restart-proof-secret-0123456789";

    private static Dictionary<string, string?> Settings() => new() { ["Printernizer:Webhooks:BaseDelay"] = "00:00:00.200" };

    [Test]
    public async Task Outbox_WhenTheReceiverIsDownAcrossARestart_DeliversAfterTheRestart()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "printernizer-outbox-" + Guid.NewGuid().ToString("N"));
        int port;
        string hookId;
        using (var gone = new WebhookReceiver())
        {
            port = gone.Port;
        }

        using (var factory = new PrinternizerFactory(dataFolder, Settings()))
        {
            using var client = await factory.CreateAdminClientAsync();
            var created = await client.PostAsJsonAsync(
                "/api/v1/webhooks", new { url = $"http://127.0.0.1:{port}/hooks/printernizer", events = new[] { "job.completed" }, secret = Secret });
            hookId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            using (var scope = factory.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<IWebhookOutbox>().EnqueueAsync(WebhookEvents.JobCompleted, new { jobId = "42" }, CancellationToken.None);
            }

            var failing = await Eventually.GetAsync(
                () => client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{hookId}/deliveries"),
                d => d.GetArrayLength() == 1 && d[0].GetProperty("attempts").GetInt32() >= 1,
                "a failed first attempt");
            failing[0].GetProperty("status").GetString().Should().Be("pending");
            failing[0].GetProperty("lastError").GetString().Should().NotBeNullOrEmpty();
        }

        using var receiver = new WebhookReceiver(port: port);
        using (var restarted = new PrinternizerFactory(dataFolder, Settings()) { OwnsDataFolder = true })
        {
            using var client = await restarted.CreateAdminClientAsync();
            var received = await Eventually.GetAsync(() => Task.FromResult(receiver.Accepted.ToList()), l => l.Count == 1, "the delivery after the restart");
            received[0].SignatureValid(Secret).Should().BeTrue();
            received[0].Json.GetProperty("data").GetProperty("jobId").GetString().Should().Be("42");
            var delivered = await Eventually.GetAsync(
                () => client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{hookId}/deliveries"),
                d => d[0].GetProperty("status").GetString() == "delivered",
                "delivered in the log");
            delivered[0].GetProperty("id").GetString().Should().Be(received[0].DeliveryId);
        }
    }
}
