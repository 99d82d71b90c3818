using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Access;

public sealed class AuthenticationTests
{
    [Test]
    public async Task Health_WhenAnonymous_ReportsOkAndDatabase()
    {
        using var factory = new PrinternizerFactory();
        using var client = factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/api/v1/health");

        health.GetProperty("status").GetString().Should().Be("ok");
        health.GetProperty("database").GetString().Should().Be("ok");
        health.GetProperty("version").GetString().Should().NotBeNullOrEmpty();
        health.GetProperty("printers").GetProperty("total").GetInt32().Should().Be(0);
    }

    [Test]
    public async Task ProtectedEndpoint_WhenAnonymous_Returns401Problem()
    {
        using var factory = new PrinternizerFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/printers");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString().Should().Contain("X-Api-Key");
    }

    [Test]
    public async Task Setup_WhenFirstStart_CreatesAdminAndSignsIn()
    {
        using var factory = new PrinternizerFactory();
        using var client = factory.CreateClient();
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/status")).GetProperty("setupRequired").GetBoolean().Should().BeTrue();

        var setup = await client.PostAsJsonAsync("/api/v1/auth/setup", new { username = "chef", password = "a long passphrase" });

        setup.StatusCode.Should().Be(HttpStatusCode.Created);
        setup.Headers.GetValues("Set-Cookie").Single().Should().Contain("printernizer.session").And.Contain("httponly").And.Contain("samesite=strict");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        me.GetProperty("username").GetString().Should().Be("chef");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/status")).GetProperty("setupRequired").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task Setup_WhenAdminExists_Returns409()
    {
        using var factory = new PrinternizerFactory();
        using var admin = await factory.CreateAdminClientAsync();
        using var other = factory.CreateClient();

        var response = await other.PostAsJsonAsync("/api/v1/auth/setup", new { username = "intruder", password = "another long one" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var login = await other.PostAsJsonAsync("/api/v1/auth/login", new { username = "intruder", password = "another long one" });
        login.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Setup_WithShortPassword_Returns400AndStoresNothing()
    {
        using var factory = new PrinternizerFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/setup", new { username = "chef", password = "short" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors("password").Should().ContainSingle().Which.Should().Contain("10 characters");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/status")).GetProperty("setupRequired").GetBoolean().Should().BeTrue();
    }

    [Test]
    public async Task Login_WithWrongPassword_Returns401()
    {
        using var factory = new PrinternizerFactory();
        (await factory.CreateAdminClientAsync()).Dispose();
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = PrinternizerFactory.AdminUser, password = "wrong password!" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString().Should().Be("Wrong user name or password.");
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Test]
    public async Task Login_WhenRepeatedTooOften_Returns429()
    {
        using var factory = new PrinternizerFactory(settings: new Dictionary<string, string?> { ["Printernizer:LoginPermitsPerMinute"] = "3" });
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 5; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "x", password = "wrong password" });
            statuses.Add(response.StatusCode);
        }

        statuses.Take(3).Should().AllBeEquivalentTo(HttpStatusCode.Unauthorized);
        statuses.Skip(3).Should().AllBeEquivalentTo(HttpStatusCode.TooManyRequests);
        var limited = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "x", password = "wrong password" });
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.Should().NotBeNull();
    }

    [Test]
    public async Task Logout_WhenSignedIn_EndsTheSession()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        (await client.PostAsync("/api/v1/auth/logout", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await client.GetAsync("/api/v1/printers")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
