using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Printernizer.Infrastructure.Tests.Support;

/// <summary>
/// A real HTTP server (Kestrel) on loopback that behaves like the PrusaLink built into Buddy firmware (CORE One).
/// One server can host many virtual printers, one per port (<see cref="Printers"/>); each printer's state
/// (printer state, job, files, auth, faults) is mutable from tests. <see cref="StopAsync"/> closes the ports
/// (the printer is "switched off"); <see cref="StartAsync()"/> opens the same ports again.
/// <code>
/// await using var sim = await PrusaLinkSimulator.StartNewAsync();
/// var options = new PrusaLinkClientOptions { BaseAddress = sim.BaseAddress, ApiKey = sim.Printer.ApiKey };
/// sim.Printer.StartJob("benchy.bgcode", progress: 42);
/// </code>
/// </summary>
public sealed class PrusaLinkSimulator : IAsyncDisposable
{
    public const string DefaultApiKey = "fx7kQ2pLmN9rTb";

    private readonly List<PrusaLinkSimulatorPrinter> _printers;
    private readonly Dictionary<int, PrusaLinkSimulatorPrinter> _byPort = [];
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private WebApplication? _app;

    private PrusaLinkSimulator(int printerCount, string apiKey)
    {
        _printers = Enumerable.Range(0, printerCount).Select(i => new PrusaLinkSimulatorPrinter(i, apiKey)).ToList();
    }

    public IReadOnlyList<PrusaLinkSimulatorPrinter> Printers => _printers;

    /// <summary>The first (often only) printer.</summary>
    public PrusaLinkSimulatorPrinter Printer => _printers[0];

    public Uri BaseAddress => Printer.BaseAddress;

    public bool IsRunning => _app is not null;

    /// <summary>Starts a simulator with <paramref name="printerCount"/> printers on free loopback ports.</summary>
    public static async Task<PrusaLinkSimulator> StartNewAsync(int printerCount = 1, string apiKey = DefaultApiKey)
    {
        var simulator = new PrusaLinkSimulator(printerCount, apiKey);
        await simulator.StartAsync();
        return simulator;
    }

    /// <summary>Starts listening (again). The ports stay the ones of the first start; the state is kept.</summary>
    public async Task StartAsync()
    {
        await _lifecycle.WaitAsync();
        try
        {
            if (_app is not null)
            {
                return;
            }

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = 512L * 1024 * 1024;
                foreach (var printer in _printers)
                {
                    kestrel.Listen(IPAddress.Loopback, printer.Port);
                }
            });
            var app = builder.Build();
            app.Run(context =>
                _byPort.TryGetValue(context.Connection.LocalPort, out var printer)
                    ? printer.HandleAsync(context)
                    : Task.CompletedTask);
            await app.StartAsync();

            if (_byPort.Count == 0)
            {
                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                    .Select(a => new Uri(a).Port)
                    .ToList();
                for (var i = 0; i < _printers.Count; i++)
                {
                    _printers[i].Port = addresses[i];
                    _byPort[addresses[i]] = _printers[i];
                }
            }

            _app = app;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Closes every port and connection: the printers look switched off (connection refused).</summary>
    public async Task StopAsync()
    {
        await _lifecycle.WaitAsync();
        try
        {
            if (_app is null)
            {
                return;
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
            _app = null;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Switch off and on again: same ports, new nonces (the old ones become invalid).</summary>
    public async Task RebootAsync()
    {
        await StopAsync();
        foreach (var printer in _printers)
        {
            printer.Reboot();
        }

        await StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _lifecycle.Dispose();
    }
}
