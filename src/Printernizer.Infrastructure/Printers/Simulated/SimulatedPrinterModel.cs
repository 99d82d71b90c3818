using System.Globalization;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Printers.Simulated;

/// <summary>The simulated printer's physics and state machine, advanced in simulated seconds (not thread-safe).</summary>
internal sealed class SimulatedPrinterModel(Random random, SimulationOptions options, bool isPrusa)
{
    private const double RoomTemperature = 23;
    private double _phaseLeft;
    private double _printTotal;
    private double _printDone;
    private double _pauseAt = -1;
    private double _pauseLeft;
    private double _endAt = -1;
    private PrinterState _ending;
    private int _totalLayers;
    private int _jobCounter;
    private string? _jobId;
    private string? _file;
    private (string Type, string Color) _material = ("PLA", "#1E88E5");
    private double _nozzle = RoomTemperature;
    private double _bed = RoomTemperature;
    private double _nozzleTarget;
    private double _bedTarget;
    private bool _cancelled;

    public bool IsPrusa { get; } = isPrusa;

    public PrinterState State { get; private set; } = PrinterState.Idle;

    public PrinterStatusReport Advance(double seconds, PrinterControlAction? command, double speed, Func<string> pickFile, Func<(string, string)> pickMaterial)
    {
        // Every state is reported at least once: at high speed the rest of a tick is dropped at a state change
        // (including one caused by a command).
        var before = State;
        Apply(command);
        var remaining = seconds;
        while (remaining > 0 && State == before)
        {
            var step = Math.Min(remaining, 5);
            Step(step, pickFile, pickMaterial);
            remaining -= step;
        }

        return Report(speed);
    }

    private void Apply(PrinterControlAction? command)
    {
        switch (command)
        {
            case PrinterControlAction.Pause when State is PrinterState.Printing or PrinterState.Preparing:
                State = PrinterState.Paused;
                _pauseLeft = double.PositiveInfinity; // until resumed by the user
                break;
            case PrinterControlAction.Resume when State == PrinterState.Paused:
                State = _printDone > 0 ? PrinterState.Printing : PrinterState.Preparing;
                _pauseLeft = 0;
                break;
            case PrinterControlAction.Stop when State is PrinterState.Printing or PrinterState.Preparing or PrinterState.Paused:
                EnterEnd(PrinterState.Stopped, cancelled: true);
                break;
        }
    }

    private void Step(double dt, Func<string> pickFile, Func<(string, string)> pickMaterial)
    {
        switch (State)
        {
            case PrinterState.Idle:
                _nozzleTarget = 0;
                _bedTarget = 0;
                _phaseLeft -= dt;
                if (_phaseLeft <= 0 && _jobId is null && options.AutoStartJobs)
                {
                    StartJob(pickFile(), pickMaterial());
                }
                else if (_phaseLeft <= 0)
                {
                    _jobId = null;
                    _phaseLeft = Between(options.MinIdle, options.MaxIdle);
                }

                break;
            case PrinterState.Preparing:
                _phaseLeft -= dt;
                if (_phaseLeft <= 0)
                {
                    State = PrinterState.Printing;
                }

                break;
            case PrinterState.Printing:
                _printDone = Math.Min(_printTotal, _printDone + dt);
                if (_pauseAt >= 0 && _printDone >= _pauseAt)
                {
                    _pauseAt = -1;
                    State = PrinterState.Paused;
                    _pauseLeft = options.PauseLength.TotalSeconds;
                }
                else if (_endAt >= 0 && _printDone >= _endAt)
                {
                    EnterEnd(_ending, cancelled: _ending == PrinterState.Stopped);
                }
                else if (_printDone >= _printTotal)
                {
                    EnterEnd(PrinterState.Finished, cancelled: false);
                }

                break;
            case PrinterState.Paused:
                _pauseLeft -= dt;
                if (_pauseLeft <= 0)
                {
                    State = PrinterState.Printing;
                }

                break;
            case PrinterState.Finished or PrinterState.Failed or PrinterState.Stopped:
                _phaseLeft -= dt;
                if (_phaseLeft <= 0)
                {
                    State = PrinterState.Idle;
                    _phaseLeft = Between(options.MinIdle, options.MaxIdle);
                    _jobId = null;
                    _cancelled = false;
                }

                break;
        }

        var heating = State is PrinterState.Preparing or PrinterState.Printing or PrinterState.Paused;
        _nozzleTarget = heating ? (_material.Type == "PLA" ? 220 : 250) : 0;
        _bedTarget = heating ? (_material.Type == "PLA" ? 60 : 80) : 0;
        _nozzle = Approach(_nozzle, _nozzleTarget == 0 ? RoomTemperature : _nozzleTarget, dt, 25);
        _bed = Approach(_bed, _bedTarget == 0 ? RoomTemperature : _bedTarget, dt, 60);
    }

    /// <summary>True when a new print may start (idle or an ended job on the plate).</summary>
    public bool CanStart => State is PrinterState.Idle or PrinterState.Finished or PrinterState.Stopped or PrinterState.Failed;

    /// <summary>Starts a dispatched print of <paramref name="file"/> now (print time in simulated seconds when given).</summary>
    public void StartDispatched(string file, double? printSeconds)
    {
        if (!CanStart)
        {
            throw new InvalidOperationException($"The simulated printer is {State}.");
        }

        StartJob(file, _material, printSeconds);
    }

    private void StartJob(string file, (string, string) material, double? printSeconds = null)
    {
        _jobCounter++;
        _file = file;
        _material = material;
        _jobId = string.Create(CultureInfo.InvariantCulture, $"sim-{_jobCounter}-{random.Next(100000, 999999)}");
        _printTotal = printSeconds is > 0 ? printSeconds.Value : Between(options.MinPrint, options.MaxPrint);
        _printDone = 0;
        _totalLayers = random.Next(40, 320);
        _phaseLeft = options.Heating.TotalSeconds;
        _pauseAt = random.NextDouble() < options.PauseProbability ? _printTotal * (0.2 + (0.5 * random.NextDouble())) : -1;
        var roll = random.NextDouble();
        (_endAt, _ending) = roll < options.FailureProbability
            ? (_printTotal * (0.1 + (0.7 * random.NextDouble())), PrinterState.Failed)
            : roll < options.FailureProbability + options.CancelProbability
                ? (_printTotal * (0.05 + (0.5 * random.NextDouble())), PrinterState.Stopped)
                : (-1, PrinterState.Finished);
        _cancelled = false;
        State = PrinterState.Preparing;
    }

    private void EnterEnd(PrinterState state, bool cancelled)
    {
        State = state;
        _cancelled = cancelled;
        _phaseLeft = options.EndStateHold.TotalSeconds;
        _endAt = -1;
        _pauseAt = -1;
    }

    private PrinterStatusReport Report(double speed)
    {
        var inJob = _jobId is not null && State is not PrinterState.Idle;
        var progress = _printTotal > 0 ? (decimal)Math.Round(100 * _printDone / _printTotal, 1) : 0m;
        if (State == PrinterState.Finished)
        {
            progress = 100m;
        }

        var layer = inJob ? Math.Max(State == PrinterState.Preparing ? 0 : 1, (int)Math.Ceiling(_totalLayers * (double)progress / 100)) : (int?)null;
        return new PrinterStatusReport
        {
            State = State,
            Connected = true,
            ProgressPercent = inJob ? progress : null,
            RemainingSeconds = inJob && State is PrinterState.Printing or PrinterState.Paused or PrinterState.Preparing
                ? (int)Math.Round((_printTotal - _printDone + (State == PrinterState.Preparing ? _phaseLeft : 0)) / speed)
                : null,
            ElapsedSeconds = inJob ? (int)Math.Round(_printDone / speed) : null,
            CurrentLayer = layer,
            TotalLayers = inJob ? _totalLayers : null,
            JobIdentity = inJob ? _jobId : null,
            JobName = inJob ? Path.GetFileNameWithoutExtension(_file!.Replace(".gcode.3mf", string.Empty, StringComparison.Ordinal)) : null,
            FileName = inJob ? _file : null,
            FilePath = inJob ? "/sdcard/" + _file : null,
            CancelledByUser = _cancelled,
            Temperatures = new TemperatureReadings
            {
                Nozzle = Math.Round(_nozzle, 1),
                NozzleTarget = _nozzleTarget,
                Bed = Math.Round(_bed, 1),
                BedTarget = _bedTarget,
                Chamber = IsPrusa ? Math.Round(RoomTemperature + ((_bed - RoomTemperature) * 0.25), 1) : null,
            },
            Errors = State == PrinterState.Failed
                ? [new PrinterError("SIM-0001", PrinterErrorSeverity.Error, "Simulated failure: the print detached from the bed.")]
                : [],
            LoadedMaterials = [new LoadedMaterial(IsPrusa ? "extruder" : "ams0-tray0", _material.Type, _material.Color, true)],
        };
    }

    private double Between(TimeSpan min, TimeSpan max) => min.TotalSeconds + (random.NextDouble() * (max - min).TotalSeconds);

    private static double Approach(double current, double target, double dt, double tau) =>
        target + ((current - target) * Math.Exp(-dt / tau));
}
