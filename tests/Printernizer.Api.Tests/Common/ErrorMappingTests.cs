using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Api.Tests.Common;

/// <summary>
/// Every application exception through the real pipeline (exception handler + problem details) to its status.
/// A probe endpoint, added only in this test host, throws what the test names.
/// </summary>
public sealed class ErrorMappingTests
{
    private static readonly Dictionary<string, Func<Exception>> Throwers = new()
    {
        ["conflict"] = () => new ConflictException("The printer is idle: there is nothing to pause."),
        ["rule"] = () => new BusinessRuleException("DATEV export needs the consultant number (Beraternummer)."),
        ["refused"] = () => new PrinterCommunicationException("The printer refused control: enable LAN Only and Developer Mode."),
        ["unreachable"] = () => new PrinterCommunicationException("The printer at 192.168.1.5 does not answer.", unreachable: true),
        ["forbidden"] = () => new ForbiddenAccessException(),
        ["bug"] = () => new InvalidOperationException("internal detail: connection string Data Source=/secret/path"),
    };

    [TestCase("conflict", HttpStatusCode.Conflict, "nothing to pause")]
    [TestCase("rule", HttpStatusCode.UnprocessableEntity, "Beraternummer")]
    [TestCase("refused", HttpStatusCode.BadGateway, "Developer Mode")]
    [TestCase("unreachable", HttpStatusCode.ServiceUnavailable, "does not answer")]
    [TestCase("forbidden", HttpStatusCode.Forbidden, "not allowed")]
    public async Task Exception_WhenThrown_BecomesItsProblemStatus(string kind, HttpStatusCode status, string detail)
    {
        using var factory = CreateFactory();
        using var client = factory.CreateClient();

        var problem = await (await client.GetAsync($"/probe/{kind}")).ShouldBeProblemAsync(status);

        problem.GetProperty("detail").GetString().Should().Contain(detail);
    }

    [Test]
    public async Task UnexpectedException_WhenThrown_Returns500WithoutInternals()
    {
        using var factory = CreateFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/probe/bug");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        var body = problem.GetRawText();
        body.Should().NotContain("secret").And.NotContain("InvalidOperationException").And.NotContain("Data Source");
        factory.LogLines.Should().Contain(l => l.Contains("Unhandled exception", StringComparison.Ordinal), "the error is logged for the operator");
    }

    private static PrinternizerFactory CreateFactory() => new(configureServices: services =>
        services.AddSingleton<IStartupFilter>(new ProbeStartupFilter()));

    private sealed class ProbeStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseEndpoints(endpoints => endpoints.MapGet("/probe/{kind}", (string kind) => { throw Throwers[kind](); }).AllowAnonymous());
        };
    }
}
