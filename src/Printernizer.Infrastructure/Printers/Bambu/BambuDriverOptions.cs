namespace Printernizer.Infrastructure.Printers.Bambu;

/// <summary>Tunables of <see cref="BambuPrinterDriver"/>; the defaults follow the protocol doc (§3, §4.3, §6.1).</summary>
public sealed record BambuDriverOptions
{
    public string UserName { get; init; } = "bblp";

    public string ClientIdPrefix { get; init; } = "printernizer";

    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for the printer's ack (report with the same sequence_id) of pause/resume/stop.</summary>
    public TimeSpan CommandAckTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Data watchdog: after this much silence a pushall is sent.</summary>
    public TimeSpan ReportSilenceTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Still silent this long after the watchdog pushall: RunAsync throws so the caller reconnects (new client id).</summary>
    public TimeSpan ReportSilenceGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Never two pushall requests closer than this (doc: at least 10 s apart).</summary>
    public TimeSpan PushallMinInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Unattended pushalls (merge failures, job start with missing fields) at most this often.</summary>
    public TimeSpan AutomaticPushallMinInterval { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan GetVersionRetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    public int GetVersionAttempts { get; init; } = 3;

    /// <summary>Largest accepted MQTT packet (reports are 4-40 KB; doc §3.4 suggests a cap around 4 MB).</summary>
    public int MaxPacketSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>Before a pin exists, require the certificate CN to equal the serial (doc §2).</summary>
    public bool RequireCommonNameMatchesSerial { get; init; } = true;

    /// <summary>Consecutive unreadable/unmergeable reports after which a pushall is requested (BambuStudio: 5).</summary>
    public int FailuresBeforePushall { get; init; } = 5;
}
