using System.Globalization;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Application.Queue;
using Printernizer.Ftps;
using Printernizer.Infrastructure.Printers.Bambu.Mqtt;

namespace Printernizer.Infrastructure.Printers.Bambu;

/// <summary>
/// Starting prints (bambu-lan.md §6.4/§7): check the live state → FTPS upload (wait for 226) → check the state again →
/// <c>project_file</c> over the driver's own MQTT connection (the A1 allows very few MQTT clients) → wait for the ack.
/// Never publishes <c>project_file</c> while the printer is busy; never retries it automatically.
/// </summary>
public sealed partial class BambuPrinterDriver : IPrintDispatcher
{
    private volatile IReadOnlyList<LoadedMaterial> _loadedMaterials = [];
    private volatile string? _observedFingerprint;

    public Task StartPrintAsync(PrintDispatchRequest request, CancellationToken cancellationToken) => StartPrintAsync(request, null, cancellationToken);

    /// <summary>As <see cref="StartPrintAsync(PrintDispatchRequest, CancellationToken)"/>, holding the printer's FTPS lease from <paramref name="gate"/> during the upload.</summary>
    public async Task StartPrintAsync(PrintDispatchRequest request, FtpsSessionGate? gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _commandLock.WaitAsync(cancellationToken);
        try
        {
            EnsureConnected();
            EnsureStartable();
            var md5 = await Md5Async(request.Content, cancellationToken);
            await UploadAsync(request, gate, cancellationToken);

            // The state may have changed during the upload (someone started a print at the printer): check again right
            // before publishing, in this single code path that publishes project_file.
            var client = EnsureConnected();
            EnsureStartable();
            await PublishProjectFileAsync(client, request, md5, cancellationToken);
        }
        finally
        {
            _commandLock.Release();
        }
    }

    /// <summary>The <c>project_file</c> request for a file uploaded to the FTPS root (bambu-lan.md §6.4).</summary>
    internal static JsonObject ProjectFile(string sequenceId, PrintDispatchRequest request, string md5, int id, IReadOnlyList<LoadedMaterial> loaded)
    {
        var idText = id.ToString(CultureInfo.InvariantCulture);
        var (useAms, mapping, mapping2) = AmsMapping(request, loaded);
        return new JsonObject
        {
            ["print"] = new JsonObject
            {
                ["sequence_id"] = sequenceId,
                ["command"] = "project_file",
                ["param"] = string.Create(CultureInfo.InvariantCulture, $"Metadata/plate_{Math.Max(1, request.Plate)}.gcode"),
                ["project_id"] = idText,
                ["profile_id"] = "0",
                ["task_id"] = idText,
                ["subtask_id"] = idText,
                ["subtask_name"] = request.JobName,
                ["file"] = request.FileName,
                ["url"] = "ftp://" + request.FileName,
                ["md5"] = md5,
                ["bed_type"] = "auto",
                ["bed_leveling"] = true,
                ["flow_cali"] = false,
                ["vibration_cali"] = true,
                ["layer_inspect"] = false,
                ["timelapse"] = false,
                ["use_ams"] = useAms,
                ["ams_mapping"] = mapping,
                ["ams_mapping2"] = mapping2,
                ["auto_bed_leveling"] = 0,
                ["cfg"] = "0",
                ["extrude_cali_flag"] = 0,
                ["nozzle_offset_cali"] = 0,
            },
        };
    }

    private static (bool UseAms, JsonArray Mapping, JsonArray Mapping2) AmsMapping(PrintDispatchRequest request, IReadOnlyList<LoadedMaterial> loaded)
    {
        var color = PrinterFit.NormalizeColor(request.ColorHex);
        var slot = loaded.FirstOrDefault(m =>
                (request.MaterialType is null || string.Equals(m.MaterialType, request.MaterialType, StringComparison.OrdinalIgnoreCase))
                && (color is null || PrinterFit.NormalizeColor(m.ColorHex) == color))
            ?? loaded.FirstOrDefault(m => m.Active);
        if (slot is not null && TryParseTray(slot.SlotId, out var amsId, out var trayId))
        {
            var global = amsId >= 128 ? amsId : (amsId * 4) + trayId;
            return (true, [global], [new JsonObject { ["ams_id"] = amsId, ["slot_id"] = trayId }]);
        }

        // External spool (or nothing known): -1 / {255, 0} (raw 254/255 in ams_mapping caused HMS 07FF_8012).
        return (false, [-1], [new JsonObject { ["ams_id"] = 255, ["slot_id"] = 0 }]);
    }

    private static bool TryParseTray(string slotId, out int amsId, out int trayId)
    {
        amsId = 0;
        trayId = 0;
        var parts = slotId.Split("-tray", StringSplitOptions.None);
        return parts.Length == 2 && parts[0].StartsWith("ams", StringComparison.Ordinal)
            && int.TryParse(parts[0].AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out amsId)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out trayId);
    }

    private static async Task<string> Md5Async(Stream content, CancellationToken cancellationToken)
    {
        if (!content.CanSeek)
        {
            return string.Empty; // accepted as "skip the check"
        }

        var start = content.Position;
#pragma warning disable CA5351 // the printer's protocol asks for MD5 (an integrity check, not security)
        var hash = await MD5.HashDataAsync(content, cancellationToken);
#pragma warning restore CA5351
        content.Position = start;
        return Convert.ToHexString(hash);
    }

    private MqttClient EnsureConnected()
    {
        var client = _client;
        if (client is null || !client.IsConnected)
        {
            throw new PrinterCommunicationException($"{_settings} is not connected right now; try again when it is online.", unreachable: true);
        }

        return client;
    }

    private void EnsureStartable()
    {
        var state = _gcodeState;
        if (state is not ("IDLE" or "FINISH" or "FAILED"))
        {
            throw new ConflictException(state is null
                ? $"The state of {_settings.Name} is not known yet; try again in a moment."
                : $"{_settings.Name} is {Describe(state)}; a new print can only start when it is idle.");
        }
    }

    private async Task UploadAsync(PrintDispatchRequest request, FtpsSessionGate? gate, CancellationToken cancellationToken)
    {
        var pin = _settings.TlsFingerprint ?? _observedFingerprint;
        Func<X509Certificate2, bool> validate = pin is { Length: > 0 } ? FtpsCertificatePin.Sha256(pin) : _ => true;
        var options = new FtpsClientOptions
        {
            Host = _settings.Host!.Trim(),
            Port = _settings.FtpsPort,
            UserName = _options.UserName,
            Password = _settings.AccessCode ?? string.Empty,
            ValidateCertificate = validate,
            TlsTargetHost = Serial,
        };
        var lease = gate is null ? null : await gate.AcquireAsync(_settings.PrinterId.ToString("D"), cancellationToken);
        try
        {
            await using var ftps = new ImplicitFtpsClient(options, _time, _logger);
            await ftps.ConnectAsync(cancellationToken);
            var sent = await ftps.UploadAsync(request.Content, "/" + request.FileName, null, cancellationToken);
            _logger.LogInformation("Uploaded {File} ({Bytes} bytes) to {Printer}", request.FileName, sent, _settings);
            try
            {
                await ftps.QuitAsync(cancellationToken);
            }
            catch (FtpsException)
            {
                // the upload is confirmed (226); a failed goodbye does not matter
            }
        }
        catch (Exception ex) when (ex is FtpsException or IOException or TimeoutException or AuthenticationException)
        {
            throw new PrinterCommunicationException($"Uploading {request.FileName} to {_settings.Name} failed: {ex.Message}", unreachable: ex is not FtpsException, ex);
        }
        finally
        {
            lease?.Dispose();
        }
    }

    private async Task PublishProjectFileAsync(MqttClient client, PrintDispatchRequest request, string md5, CancellationToken cancellationToken)
    {
        var sequenceId = NextSequenceId();
        var pending = new PendingCommand("project_file");
        _pendingCommands[sequenceId] = pending;
        try
        {
            var payload = ProjectFile(sequenceId, request, md5, Random.Shared.Next(1, int.MaxValue), _loadedMaterials);
            try
            {
                await client.PublishAsync(RequestTopic, Encoding.UTF8.GetBytes(payload.ToJsonString()), MqttQualityOfService.AtLeastOnce, retain: false, cancellationToken);
            }
            catch (Exception ex) when (ex is MqttException or TimeoutException or IOException or ObjectDisposedException)
            {
                throw new PrinterCommunicationException($"Could not send the print start to {_settings}: {ex.Message}", unreachable: true, ex);
            }

            CommandAck ack;
            try
            {
                ack = await pending.Completion.Task.WaitAsync(_options.CommandAckTimeout, _time, cancellationToken);
            }
            catch (TimeoutException ex)
            {
                if (BambuStatusNormalizer.IsActive(_gcodeState))
                {
                    return; // no ack, but the print started
                }

                throw new PrinterCommunicationException(
                    string.Create(CultureInfo.InvariantCulture, $"{_settings} did not confirm the print start within {_options.CommandAckTimeout.TotalSeconds:0} s; check the printer before trying again."),
                    unreachable: true,
                    ex);
            }

            if (ack.AuthorizationRefused)
            {
                throw new PrinterCommunicationException(
                    $"{_settings.Name} rejected the print start: its firmware only accepts it from Bambu's own software unless Developer Mode is on. "
                    + "On the printer, enable LAN Only mode, then Developer Mode, and enter the new access code in Printernizer.",
                    unreachable: false);
            }

            if (ack.Failed)
            {
                throw new PrinterCommunicationException($"{_settings.Name} refused to start {request.FileName}" + (string.IsNullOrWhiteSpace(ack.Reason) ? "." : ": " + ack.Reason), unreachable: false);
            }
        }
        finally
        {
            _pendingCommands.TryRemove(sequenceId, out _);
        }
    }
}
