using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Materials;
using Printernizer.Api.Tests.Queue;
using Printernizer.Api.Tests.Support;
using Printernizer.Application.Common;
using Printernizer.Application.Orders;

namespace Printernizer.Api.Tests.Orders;

/// <summary>Production orders through the real host: numbering, idempotency, status flow, job links, validation.</summary>
public sealed class OrdersTests
{
    private static readonly string Year = BerlinTime.ToBerlin(DateTimeOffset.UtcNow).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static object OrderBody(string fileName = "halterung.3mf", int quantity = 4, decimal? quotedNet = 240m, string? customerId = null) => new
    {
        customerId,
        dueDate = "2026-12-04",
        priority = "high",
        quotedNet,
        vatRatePercent = 19m,
        notes = "Lieferung per DHL",
        lines = new object[]
        {
            new { fileName, quantity, materialType = "PETG", colorHex = "#000000" },
            new { fileId = "f-123", fileName = "deckel.gcode", quantity = 2 },
        },
    };

    /// <summary>An order whose lines are library files with a local copy (only such an order can be released).</summary>
    private static async Task<object> PrintableOrderBodyAsync(HttpClient client, string? customerId = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var halterung = await QueueFlowTests.AddFileAsync(client, $"halterung-{suffix}.gcode", QueueFlowTests.GCode(600, "PETG"));
        var deckel = await QueueFlowTests.AddFileAsync(client, $"deckel-{suffix}.gcode", QueueFlowTests.GCode(300));
        return new
        {
            customerId,
            dueDate = "2026-12-04",
            priority = "high",
            quotedNet = 240m,
            vatRatePercent = 19m,
            lines = new object[]
            {
                new { fileId = halterung.ToString(), fileName = $"halterung-{suffix}.gcode", quantity = 4, materialType = "PETG", colorHex = "#000000" },
                new { fileId = deckel.ToString(), fileName = $"deckel-{suffix}.gcode", quantity = 2 },
            },
        };
    }

    private static async Task<JsonElement> CreateOrderAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/orders", body ?? OrderBody());
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, string id, string status) =>
        client.PostAsJsonAsync($"/api/v1/orders/{id}/status", new { status });

    [Test]
    public async Task CreateOrder_WhenValid_IsADraftWithTheNextNumberOfTheBerlinYear_AndQuotedGross()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var first = await CreateOrderAsync(client);
        var second = await CreateOrderAsync(client);

        first.GetProperty("number").GetString().Should().Be($"{Year}-0001");
        second.GetProperty("number").GetString().Should().Be($"{Year}-0002");
        first.GetProperty("status").GetString().Should().Be("draft");
        first.GetProperty("priority").GetString().Should().Be("high");
        first.GetProperty("dueDate").GetString().Should().Be("2026-12-04");
        first.GetProperty("quotedNet").GetDecimal().Should().Be(240m);
        first.GetProperty("quotedVat").GetDecimal().Should().Be(45.60m);
        first.GetProperty("quotedGross").GetDecimal().Should().Be(285.60m);
        first.GetProperty("currency").GetString().Should().Be("EUR");
        first.GetProperty("actualCost").ValueKind.Should().Be(JsonValueKind.Null, "no job costs exist yet; never an invented figure");
        first.GetProperty("margin").ValueKind.Should().Be(JsonValueKind.Null);
        var lines = first.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("lineNo").GetInt32()).Should().Equal(1, 2);
        lines[0].GetProperty("colorHex").GetString().Should().Be("#000000");
        lines[1].GetProperty("fileId").GetString().Should().Be("f-123");
        first.GetProperty("progress").GetProperty("totalQuantity").GetInt32().Should().Be(6);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/orders");
        list.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("number").GetString()).Should().Equal($"{Year}-0002", $"{Year}-0001");
        var fetched = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{first.GetProperty("id").GetString()}");
        fetched.GetProperty("notes").GetString().Should().Be("Lieferung per DHL");
    }

    [Test]
    public async Task CreateOrder_TwentyAtOnce_NumbersAreGaplessAndUnique()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => CreateOrderAsync(client, OrderBody(fileName: $"teil-{i}.3mf")))));

        created.Select(o => o.GetProperty("number").GetString()).Order()
            .Should().Equal(Enumerable.Range(1, 20).Select(n => $"{Year}-{n:D4}"));
    }

    [Test]
    public async Task CreateOrder_WithTheSameIdempotencyKey_ReturnsTheSameOrder_AndWithAnotherBody409()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        async Task<HttpResponseMessage> PostAsync(string key, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        var original = await PostAsync("erp-4711", OrderBody());
        var retry = await PostAsync("erp-4711", OrderBody());
        var reused = await PostAsync("erp-4711", OrderBody(quantity: 5));
        var otherKey = await PostAsync("erp-4712", OrderBody());

        original.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        var a = await original.Content.ReadFromJsonAsync<JsonElement>();
        var b = await retry.Content.ReadFromJsonAsync<JsonElement>();
        b.GetProperty("id").GetString().Should().Be(a.GetProperty("id").GetString());
        b.GetProperty("number").GetString().Should().Be(a.GetProperty("number").GetString());
        retry.Headers.Location.Should().Be(original.Headers.Location);
        (await reused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("Idempotency-Key");
        (await otherKey.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString().Should().Be($"{Year}-0002", "a replay or rejected reuse takes no number");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/orders")).GetProperty("totalCount").GetInt32().Should().Be(2);
    }

    [Test]
    public async Task CreateOrder_SameKeySentConcurrently_CreatesOneOrder()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(OrderBody()) };
            request.Headers.Add("Idempotency-Key", "retry-storm");
            using var response = await client.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.Created);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        })));

        responses.Distinct().Should().ContainSingle();
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/orders")).GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task StatusFlow_FollowsDraftReleasedInProductionCompletedDelivered_AndRejectsIllegalSteps()
    {
        var released = new ConcurrentQueue<Guid>();
        using var factory = new PrinternizerFactory(configureServices: s => s.AddTransient<INotificationHandler<OrderReleased>>(_ => new RecordingReleaseHandler(released)));
        using var client = await factory.CreateAdminClientAsync();
        var id = (await CreateOrderAsync(client, await PrintableOrderBodyAsync(client))).GetProperty("id").GetString()!;

        var early = await (await MoveAsync(client, id, "completed")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        early.GetProperty("detail").GetString().Should().Contain("draft").And.Contain("released");
        var release = await client.PostAsync($"/api/v1/orders/{id}/release", null);
        release.StatusCode.Should().Be(HttpStatusCode.OK);
        (await release.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("releasedAt").GetString().Should().EndWith("Z");
        released.Should().Equal(Guid.Parse(id));
        await (await client.PostAsync($"/api/v1/orders/{id}/release", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PutAsJsonAsync($"/api/v1/orders/{id}", OrderBody())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await MoveAsync(client, id, "in_production")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await MoveAsync(client, id, "completed")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await MoveAsync(client, id, "cancelled")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var delivered = await MoveAsync(client, id, "delivered");
        delivered.StatusCode.Should().Be(HttpStatusCode.OK);
        var final = await delivered.Content.ReadFromJsonAsync<JsonElement>();
        final.GetProperty("status").GetString().Should().Be("delivered");
        final.GetProperty("completedAt").GetString().Should().NotBeNull();
        final.GetProperty("deliveredAt").GetString().Should().NotBeNull();
        (await (await MoveAsync(client, id, "draft")).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("final");
        await (await MoveAsync(client, id, "shipped")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/orders?status=delivered")).GetProperty("totalCount").GetInt32().Should().Be(1);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/orders?status=in_production")).GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Test]
    public async Task Release_WhenALineHasNoPrintableFile_Returns409NamingTheLines_AndNothingIsReleasedOrQueued()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var printable = await QueueFlowTests.AddFileAsync(client, "ok.gcode", QueueFlowTests.GCode(300));
        var lines = new object[]
        {
            new { fileId = printable.ToString(), fileName = "ok.gcode", quantity = 2 },
            new { fileName = "halterung.3mf", quantity = 4 },
            new { fileId = Guid.NewGuid().ToString(), fileName = "weg.gcode", quantity = 1 },
        };
        var id = (await CreateOrderAsync(client, new { lines })).GetProperty("id").GetString()!;

        var problem = await (await client.PostAsync($"/api/v1/orders/{id}/release", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().Should().Be("order_lines_not_printable");
        problem.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("lineNo").GetInt32()).Should().Equal(2, 3);
        problem.GetProperty("lines")[0].GetProperty("fileName").GetString().Should().Be("halterung.3mf");
        problem.GetProperty("detail").GetString().Should().Contain("line 2 (halterung.3mf)").And.Contain("line 3 (weg.gcode)").And.NotContain("line 1");
        var viaStatus = await (await MoveAsync(client, id, "released")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        viaStatus.GetProperty("code").GetString().Should().Be("order_lines_not_printable", "every way to release checks the lines");
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}")).GetProperty("status").GetString().Should().Be("draft");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/queue")).GetArrayLength().Should().Be(0);

        var fixedLines = new object[] { new { fileId = printable.ToString(), fileName = "ok.gcode", quantity = 2 } };
        (await client.PutAsJsonAsync($"/api/v1/orders/{id}", new { lines = fixedLines })).EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/v1/orders/{id}/release", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/queue")).GetArrayLength().Should().Be(2, "both copies of the printable line are queued");
    }

    [Test]
    public async Task AttachQueueItem_ToAReleasedOrder_MakesAnAdHocItemACopyOfTheLine_AndRefusesEverythingElse()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var other = await QueueFlowTests.AddFileAsync(client, "deckel.gcode", QueueFlowTests.GCode(300));
        var file = await QueueFlowTests.AddFileAsync(client, "clip.gcode", QueueFlowTests.GCode(300));
        var lines = new object[]
        {
            new { fileId = other.ToString(), fileName = "deckel.gcode", quantity = 1 },
            new { fileId = file.ToString(), fileName = "clip.gcode", quantity = 3 },
        };
        var order = await CreateOrderAsync(client, new { lines });
        var orderId = order.GetProperty("id").GetString()!;
        var item = (await (await client.PostAsJsonAsync("/api/v1/queue", new { fileId = file })).Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString();

        var draft = await (await client.PostAsJsonAsync($"/api/v1/queue/{item}/order", new { orderId })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        draft.GetProperty("detail").GetString().Should().Contain("draft");
        (await client.PostAsync($"/api/v1/orders/{orderId}/release", null)).EnsureSuccessStatusCode();
        (await (await client.PostAsJsonAsync($"/api/v1/queue/{item}/order", new { orderId = Guid.NewGuid() })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("orderId").Should().NotBeEmpty();
        (await (await client.PostAsJsonAsync($"/api/v1/queue/{item}/order", new { orderId, lineNo = 9 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("lineNo").Should().NotBeEmpty();
        await (await client.PostAsJsonAsync($"/api/v1/queue/{Guid.NewGuid()}/order", new { orderId })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var attached = await client.PostAsJsonAsync($"/api/v1/queue/{item}/order", new { orderId });
        attached.StatusCode.Should().Be(HttpStatusCode.OK, await attached.Content.ReadAsStringAsync());
        var body = await attached.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("orderId").GetString().Should().Be(orderId);
        body.GetProperty("orderLineNo").GetInt32().Should().Be(2, "the line that prints the item's file");
        body.GetProperty("orderNumber").GetString().Should().Be(order.GetProperty("number").GetString());
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{item}")).GetProperty("orderId").GetString().Should().Be(orderId, "stored, not only answered");
        await (await client.PostAsJsonAsync($"/api/v1/queue/{item}/order", new { orderId })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var connections = factory.Services.GetRequiredService<Printernizer.Infrastructure.Persistence.SqliteConnectionFactory>();
        await using var connection = await connections.OpenAsync();
        (await Dapper.SqlMapper.QueryAsync<string>(connection, "SELECT action FROM audit_log WHERE entity_id = @Id", new { Id = item })).Should().Equal("queue.attached_to_order");
    }

    [Test]
    public async Task Cancel_IsAllowedFromDraftReleasedAndInProduction()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var draft = (await CreateOrderAsync(client)).GetProperty("id").GetString()!;
        var inProduction = (await CreateOrderAsync(client, await PrintableOrderBodyAsync(client))).GetProperty("id").GetString()!;
        (await client.PostAsync($"/api/v1/orders/{inProduction}/release", null)).EnsureSuccessStatusCode();
        (await MoveAsync(client, inProduction, "in_production")).EnsureSuccessStatusCode();

        (await MoveAsync(client, draft, "cancelled")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await MoveAsync(client, inProduction, "cancelled")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await client.PostAsync($"/api/v1/orders/{draft}/release", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task UpdateOrder_WhileDraft_ReplacesLinesAndKeepsTheNumber()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var order = await CreateOrderAsync(client);
        var id = order.GetProperty("id").GetString();

        var updated = await client.PutAsJsonAsync($"/api/v1/orders/{id}", new { priority = "urgent", quotedNet = 99.99m, vatRatePercent = 19m, lines = new[] { new { fileName = "neu.3mf", quantity = 10 } } });

        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await updated.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("number").GetString().Should().Be(order.GetProperty("number").GetString());
        body.GetProperty("lines").GetArrayLength().Should().Be(1);
        body.GetProperty("priority").GetString().Should().Be("urgent");
        body.GetProperty("quotedGross").GetDecimal().Should().Be(118.99m, "19 % of 99.99 is 18.9981, rounded half-up to 19.00");
    }

    [Test]
    public async Task LinkedJobs_CountTowardsLineProgress_AndLinkingNeedsAReleasedOrder()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var customer = await client.PostAsJsonAsync("/api/v1/customers", new { name = "Erika Mustermann" });
        var customerId = (await customer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var orderId = (await CreateOrderAsync(client, await PrintableOrderBodyAsync(client, customerId))).GetProperty("id").GetString()!;
        var printer = await ProductionKit.AddPrinterAsync(client, "Core One");
        var done = await ProductionKit.StartJobAsync(factory, client, printer, "p1", ProductionKit.PrusaExtruder, usedGrams: null);
        await ProductionKit.ReportAsync(factory, printer, ProductionKit.Finished("p1", ProductionKit.PrusaExtruder));
        var running = await ProductionKit.StartJobAsync(factory, client, printer, "p2", ProductionKit.PrusaExtruder, usedGrams: null);

        await (await client.PostAsJsonAsync($"/api/v1/jobs/{done}/order", new { orderId, lineNo = 1, pieces = 3 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.PostAsync($"/api/v1/orders/{orderId}/release", null)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/v1/jobs/{done}/order", new { orderId, lineNo = 1, pieces = 3 })).StatusCode.Should().Be(HttpStatusCode.OK);
        var linked = await client.PostAsJsonAsync($"/api/v1/jobs/{running}/order", new { orderId, lineNo = 2 });

        var order = await linked.Content.ReadFromJsonAsync<JsonElement>();
        order.GetProperty("lines")[0].GetProperty("completedQuantity").GetInt32().Should().Be(3);
        order.GetProperty("lines")[1].GetProperty("completedQuantity").GetInt32().Should().Be(0, "the second job is still printing");
        var progress = order.GetProperty("progress");
        progress.GetProperty("completedQuantity").GetInt32().Should().Be(3);
        progress.GetProperty("percent").GetDecimal().Should().Be(50m);
        progress.GetProperty("linkedJobs").GetInt32().Should().Be(2);
        progress.GetProperty("openJobs").GetInt32().Should().Be(1);
        var job = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{done}")).GetProperty("job");
        var frozen = job.GetProperty("cost").GetProperty("total").GetDecimal();
        order.GetProperty("actualCost").GetDecimal().Should().BeApproximately(frozen, 0.01m, "an order's actual cost is the sum of its jobs' frozen costs");
        job.GetProperty("orderId").GetString().Should().Be(orderId);
        job.GetProperty("customerId").GetString().Should().Be(customerId, "a job without customer takes the order's customer");
        await (await client.PostAsJsonAsync($"/api/v1/jobs/{done}/order", new { orderId, lineNo = 9 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync($"/api/v1/jobs/{Guid.NewGuid()}/order", new { orderId, lineNo = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/v1/jobs/{done}/order", new { orderId = Guid.NewGuid(), lineNo = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await client.DeleteAsync($"/api/v1/jobs/{done}/order")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
        after.GetProperty("progress").GetProperty("completedQuantity").GetInt32().Should().Be(0);
    }

    [TestCase("{\"lines\":[]}", "lines")]
    [TestCase("{\"lines\":[{\"fileName\":\"a.3mf\",\"quantity\":0}]}", "lines[0].quantity")]
    [TestCase("{\"lines\":[{\"quantity\":1}]}", "lines[0].fileName")]
    [TestCase("{\"lines\":[{\"fileName\":\"a.3mf\",\"colorHex\":\"black\"}]}", "lines[0].colorHex")]
    [TestCase("{\"quotedNet\":10.005,\"lines\":[{\"fileName\":\"a.3mf\"}]}", "quotedNet")]
    [TestCase("{\"vatRatePercent\":120,\"lines\":[{\"fileName\":\"a.3mf\"}]}", "vatRatePercent")]
    [TestCase("{\"customerId\":\"6f1c8a52-5d0e-4a0e-9d57-0c1f3b7f2a11\",\"lines\":[{\"fileName\":\"a.3mf\"}]}", "customerId")]
    public async Task CreateOrder_WhenInvalid_Returns400NamingTheField(string body, string field)
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        var problem = await (await client.PostAsync("/api/v1/orders", new StringContent(body, Encoding.UTF8, "application/json"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.FieldErrors(field).Should().NotBeEmpty(problem.GetRawText());
    }

    [Test]
    public async Task Orders_WhenUnknownOrBadlyQueried_Return404And400()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var unknown = Guid.NewGuid();

        await (await client.GetAsync($"/api/v1/orders/{unknown}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync($"/api/v1/orders/{unknown}/release", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await MoveAsync(client, unknown.ToString(), "completed")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync($"/api/v1/orders/{unknown}", OrderBody())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/orders?status=shipped")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/v1/orders?pageSize=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private sealed class RecordingReleaseHandler(ConcurrentQueue<Guid> released) : INotificationHandler<OrderReleased>
    {
        public Task Handle(OrderReleased notification, CancellationToken cancellationToken)
        {
            released.Enqueue(notification.OrderId);
            return Task.CompletedTask;
        }
    }
}
