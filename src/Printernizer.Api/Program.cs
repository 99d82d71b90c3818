using Printernizer.Api;
using Printernizer.Api.Infrastructure;

if (HealthCheckCommand.IsRequested(args))
{
    return await HealthCheckCommand.RunAsync(args);
}

var app = PrinternizerHost.Build(args);
return await PrinternizerHost.RunAsync(app);

/// <summary>Entry point (public for WebApplicationFactory in the functional tests).</summary>
public partial class Program;
