using System.Globalization;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers.Drivers;

namespace Printernizer.Infrastructure.Printers.Bambu;

/// <summary>
/// One-off "test connection" for a Bambu printer (for <see cref="IPrinterDriverFactory.TestConnectionAsync"/>):
/// connects like the driver, waits for the version reply and the first full status, then disconnects cleanly.
/// Details: model, firmware, serial, state, tlsFingerprint (the certificate seen), newPin ("true" when no pin was set:
/// the caller may store tlsFingerprint). Never throws for printer problems; the message says what is wrong.
/// </summary>
public static class BambuConnectionTester
{
    public static async Task<ConnectionTestResult> TestAsync(
        PrinterConnectionSettings settings,
        TimeProvider timeProvider,
        ILogger<BambuPrinterDriver> logger,
        BambuDriverOptions? options = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var wait = timeout ?? TimeSpan.FromSeconds(15);
        var sink = new ProbeSink();
        await using var driver = new BambuPrinterDriver(settings, timeProvider, logger, options);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = driver.RunAsync(sink, stop.Token);
        try
        {
            var finished = await Task.WhenAny(run, sink.Complete.Task.WaitAsync(wait, timeProvider, cancellationToken));
            if (finished == run)
            {
                await run; // throws the driver's failure
                return new ConnectionTestResult(false, $"{settings} closed the connection.", sink.Details(settings));
            }

            await finished;
            var info = sink.Info;
            var state = sink.Status?.State.ToString().ToLowerInvariant() ?? "unknown";
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"Connected to {info?.Model ?? "the printer"}{(info?.Firmware is { } fw ? " (firmware " + fw + ")" : string.Empty)}; it is {state}.");
            return new ConnectionTestResult(true, message, sink.Details(settings));
        }
        catch (PrinterCommunicationException ex)
        {
            return new ConnectionTestResult(false, ex.Message, sink.Details(settings));
        }
        catch (TimeoutException)
        {
            var seconds = wait.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
            return new ConnectionTestResult(
                false,
                sink.Status is null
                    ? $"Connected to {settings}, but it sent no status within {seconds} s. Check the serial number (it is case-sensitive); too many MQTT clients may be connected."
                    : $"Connected to {settings}, but it did not answer the version request within {seconds} s.",
                sink.Details(settings));
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await run;
            }
            catch (PrinterCommunicationException)
            {
                // already reported
            }
        }
    }

    private sealed class ProbeSink : IPrinterDriverSink
    {
        public TaskCompletionSource Complete { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public PrinterStatusReport? Status { get; private set; }

        public PrinterInfo? Info { get; private set; }

        public string? Fingerprint { get; private set; }

        public ValueTask StatusAsync(PrinterStatusReport report, CancellationToken cancellationToken)
        {
            Status = report;
            Check();
            return ValueTask.CompletedTask;
        }

        public ValueTask CertificatePinnedAsync(string sha256Fingerprint, CancellationToken cancellationToken)
        {
            Fingerprint = sha256Fingerprint;
            return ValueTask.CompletedTask;
        }

        public ValueTask PrinterInfoAsync(PrinterInfo info, CancellationToken cancellationToken)
        {
            Info = info;
            Check();
            return ValueTask.CompletedTask;
        }

        public Dictionary<string, string?> Details(PrinterConnectionSettings settings) => new()
        {
            ["model"] = Info?.Model,
            ["firmware"] = Info?.Firmware,
            ["serial"] = Info?.Serial ?? settings.Serial,
            ["state"] = Status?.State.ToString().ToLowerInvariant(),
            ["tlsFingerprint"] = Fingerprint ?? settings.TlsFingerprint,
            ["newPin"] = Fingerprint is null ? "false" : "true",
        };

        private void Check()
        {
            if (Status is not null && Info is not null)
            {
                Complete.TrySetResult();
            }
        }
    }
}
