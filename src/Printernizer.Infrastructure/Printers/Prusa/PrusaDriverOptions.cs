namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>
/// Per-printer tuning of <see cref="PrusaPrinterDriver"/>. Defaults follow shared/protocols/prusalink.md §8 and
/// Home Assistant: poll <c>/api/v1/status</c> every 30 s, every 5 s for 30 s after a command and while a job
/// is starting (BUSY, or PRINTING without progress yet).
/// </summary>
public sealed record PrusaDriverOptions
{
    /// <summary>Interval with nothing going on (IDLE, FINISHED, STOPPED, ...).</summary>
    public TimeSpan IdleInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Interval while a job runs (PRINTING with progress, PAUSED, ATTENTION). The protocol notes suggest 2–5 s when a UI watches.</summary>
    public TimeSpan ActiveJobInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Interval right after a command and while a job is starting.</summary>
    public TimeSpan FastInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long polling stays fast after a command.</summary>
    public TimeSpan FastWindow { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one status/job/command request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public PrusaLinkAuthMode AuthMode { get; init; } = PrusaLinkAuthMode.Auto;

    /// <summary>Polls that may fail in a row with a bad answer (5xx, malformed JSON) before <see cref="PrusaPrinterDriver.RunAsync"/> gives up.</summary>
    public int MaxConsecutiveBadAnswers { get; init; } = 3;

    /// <summary>Read the loaded filament type from the legacy <c>/api/printer</c> on connect and whenever the state changes.</summary>
    public bool ReadLoadedMaterial { get; init; } = true;
}
