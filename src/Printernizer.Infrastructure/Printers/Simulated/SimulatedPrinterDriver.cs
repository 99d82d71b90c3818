using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Application.Queue;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Printers.Simulated;

/// <summary>
/// An in-process printer that runs realistic print cycles: idle gaps, heating, printing with progress and layers,
/// an occasional pause, then finish, failure or cancel, and cooling. Obeys pause/resume/stop like a real printer.
/// </summary>
public sealed class SimulatedPrinterDriver : IPrinterDriver, IPrintDispatcher
{
    private static readonly string[] SampleFiles =
    [
        "Halterung_v3.gcode.3mf", "Benchy_0.2mm_PLA.gcode", "Kabelclip_x20.gcode.3mf", "Gehaeuse_Deckel.bgcode",
        "Schild_Kornwestheim.gcode.3mf", "Ersatzteil_Rolle.gcode", "Vase_spiral.bgcode", "Zahnrad_M2.gcode.3mf",
    ];

    private static readonly (string Type, string Color)[] Materials = [("PLA", "#1E88E5"), ("PETG", "#212121"), ("PLA", "#F4511E"), ("ASA", "#FAFAFA")];

    private readonly PrinterConnectionSettings _settings;
    private readonly SimulationOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly Lock _lock = new();
    private readonly SimulatedPrinterModel _model;
    private PrinterControlAction? _pendingCommand;

    public SimulatedPrinterDriver(PrinterConnectionSettings settings, SimulationOptions options, TimeProvider timeProvider)
    {
        _settings = settings;
        _options = options;
        _time = timeProvider;
        _random = new Random(options.Seed ?? settings.PrinterId.GetHashCode());
        _model = new SimulatedPrinterModel(_random, options, settings.Name.Contains("core", StringComparison.OrdinalIgnoreCase));
    }

    public async Task RunAsync(IPrinterDriverSink sink, CancellationToken cancellationToken)
    {
        await sink.PrinterInfoAsync(new PrinterInfo(_model.IsPrusa ? "Core One (simulated)" : "A1 (simulated)", "sim-1.0.0", "SIM" + _settings.PrinterId.ToString("N")[..10].ToUpperInvariant()), cancellationToken);
        var last = _time.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = _time.GetTimestamp();
            var simulated = _time.GetElapsedTime(last, now).TotalSeconds * _options.Speed;
            last = now;
            PrinterStatusReport report;
            lock (_lock)
            {
                var command = _pendingCommand;
                _pendingCommand = null;
                report = _model.Advance(simulated, command, _options.Speed, PickFile, PickMaterial);
            }

            await sink.StatusAsync(report, cancellationToken);
            try
            {
                await Task.Delay(_options.TickInterval, _time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public Task ExecuteAsync(PrinterControlAction action, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var state = _model.State;
            var allowed = action switch
            {
                PrinterControlAction.Pause => state is PrinterState.Printing or PrinterState.Preparing,
                PrinterControlAction.Resume => state is PrinterState.Paused,
                PrinterControlAction.Stop => state is PrinterState.Printing or PrinterState.Preparing or PrinterState.Paused,
                _ => false,
            };
            if (!allowed)
            {
                throw new ConflictException($"The simulated printer is {state.ToString().ToLowerInvariant()} and cannot {action.ToString().ToLowerInvariant()}.");
            }

            _pendingCommand = action;
        }

        return Task.CompletedTask;
    }

    /// <summary>"Uploads" (reads) the file and starts a simulated print of it; 409 while a print is running.</summary>
    public async Task StartPrintAsync(PrintDispatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            if (!_model.CanStart)
            {
                throw new ConflictException($"The simulated printer is {_model.State.ToString().ToLowerInvariant()}; it cannot start another print.");
            }
        }

        await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        lock (_lock)
        {
            if (!_model.CanStart)
            {
                throw new ConflictException($"The simulated printer is {_model.State.ToString().ToLowerInvariant()}; it cannot start another print.");
            }

            _model.StartDispatched(request.FileName, request.EstimatedSeconds);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string PickFile() => SampleFiles[_random.Next(SampleFiles.Length)];

    private (string Type, string Color) PickMaterial() => Materials[_random.Next(Materials.Length)];
}
