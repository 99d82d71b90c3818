namespace Printernizer.Infrastructure.Printers.Simulated;

/// <summary>How a simulated printer behaves. Durations are simulated time; <see cref="Speed"/> compresses them.</summary>
public sealed record SimulationOptions
{
    /// <summary>Simulated seconds per real second (10: a 20-minute print takes 2 minutes).</summary>
    public double Speed { get; init; } = 10;

    /// <summary>How often status is reported (real time).</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MinPrint { get; init; } = TimeSpan.FromMinutes(10);
    public TimeSpan MaxPrint { get; init; } = TimeSpan.FromMinutes(30);
    public TimeSpan MinIdle { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxIdle { get; init; } = TimeSpan.FromMinutes(3);
    public TimeSpan Heating { get; init; } = TimeSpan.FromSeconds(90);
    public TimeSpan EndStateHold { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan PauseLength { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Chance that a print pauses once (filament runout, a look at the first layer).</summary>
    public double PauseProbability { get; init; } = 0.15;

    public double FailureProbability { get; init; } = 0.08;
    public double CancelProbability { get; init; } = 0.07;

    /// <summary>Start random jobs on their own while idle (false: only dispatched prints run).</summary>
    public bool AutoStartJobs { get; init; } = true;

    /// <summary>Fixed seed for reproducible cycles (tests); null: derived from the printer id.</summary>
    public int? Seed { get; init; }
}
