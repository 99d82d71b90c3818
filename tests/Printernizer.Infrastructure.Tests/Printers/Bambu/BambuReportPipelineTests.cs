using System.Text;
using System.Text.Json.Nodes;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Bambu;

namespace Printernizer.Infrastructure.Tests.Printers.Bambu;

/// <summary>Fixture payloads through parse + merge + normalize, without a broker.</summary>
public sealed class BambuReportPipelineTests
{
    private readonly BambuReportMerger _merger = new();
    private readonly BambuStatusNormalizer _normalizer = new();

    private PrinterStatusReport Ingest(string payload) => Ingest(Encoding.UTF8.GetBytes(payload));

    private PrinterStatusReport Ingest(byte[] payload)
    {
        var root = BambuJson.ParseObject(payload) ?? throw new AssertionException("unreadable payload");
        _merger.Apply(root["print"]!.AsObject());
        return _normalizer.Normalize(_merger.State!);
    }

    private static string Delta(string fields) => "{\"print\":{" + fields + ",\"command\":\"push_status\",\"msg\":1,\"sequence_id\":\"9\"}}";

    [Test]
    public void Normalize_WhenA1IdlePushall_ReportsIdleTemperaturesAndAmsLiteTrays()
    {
        var report = Ingest(BambuFixtures.Bytes(BambuFixtures.A1Pushall));

        report.State.Should().Be(PrinterState.Idle);
        report.Temperatures.Should().Be(new TemperatureReadings { Nozzle = 27.8125, NozzleTarget = 0, Bed = 29.75, BedTarget = 0, Chamber = null });
        report.ProgressPercent.Should().BeNull();
        report.RemainingSeconds.Should().BeNull();
        report.JobName.Should().BeNull();
        report.Errors.Should().BeEmpty();
        report.LoadedMaterials.Should().Equal(
            new LoadedMaterial("ams0-tray0", "PLA", "#76D9F4", false),
            new LoadedMaterial("ams0-tray1", "PLA", "#FFF144", false),
            new LoadedMaterial("ams0-tray2", "PLA", "#FF80FF", false),
            new LoadedMaterial("ams0-tray3", "PLA", "#0ACC38", false),
            new LoadedMaterial("external", "PLA", "#FFFFFF", false));
    }

    [Test]
    public void Normalize_WhenP1pFinished_ReportsFinishedJobWithNonAsciiName()
    {
        var report = Ingest(BambuFixtures.Bytes(BambuFixtures.P1pFinish));

        report.State.Should().Be(PrinterState.Finished);
        report.JobName.Should().Be("sensor_altanlås_v2_v3");
        report.JobIdentity.Should().Be("715417867");
        report.ProgressPercent.Should().Be(100m);
        report.CurrentLayer.Should().Be(124);
        report.TotalLayers.Should().Be(124);
        report.RemainingSeconds.Should().BeNull();
        report.LoadedMaterials.Should().Equal(new LoadedMaterial("external", "PETG", "#BCBCBC", true));
    }

    [Test]
    public void Normalize_WhenP1pFailed_IgnoresTheStaleRemainingTime()
    {
        var report = Ingest(BambuFixtures.Bytes(BambuFixtures.P1pFailed));

        report.State.Should().Be(PrinterState.Failed);
        report.CancelledByUser.Should().BeFalse();
        report.RemainingSeconds.Should().BeNull("mc_remaining_time 759 is stale outside RUNNING/PAUSE");
        report.TotalLayers.Should().Be(70);
        report.JobIdentity.Should().Be("Fidget Collection", "LAN jobs have id 0, so the name identifies them");
        report.LoadedMaterials.Single(m => m.Active).SlotId.Should().Be("ams0-tray0");
    }

    [Test]
    public void Normalize_WhenX1cRunning_ReportsProgressRemainingHmsAndAmsHtTray()
    {
        var report = Ingest(BambuFixtures.Bytes(BambuFixtures.X1cRunning));

        report.State.Should().Be(PrinterState.Printing);
        report.ProgressPercent.Should().Be(22m);
        report.RemainingSeconds.Should().Be(163 * 60);
        report.CurrentLayer.Should().Be(2);
        report.TotalLayers.Should().Be(37);
        report.JobName.Should().Be("CyberBrick Gridfinity Organizer Box");
        report.FileName.Should().Be("plate_2.gcode");
        report.FilePath.Should().BeNull("/data/Metadata is internal on X1 and not reachable over FTPS");
        report.Temperatures.Nozzle.Should().Be(219);
        report.Temperatures.Bed.Should().Be(60);
        report.Errors.Should().ContainSingle().Which.Should().Be(new PrinterError(
            "0C00030000030007", PrinterErrorSeverity.Warning, "HMS_0C00_0300_0003_0007 (see https://wiki.bambulab.com/en/hms/home)"));
        report.LoadedMaterials.Should().Contain(new LoadedMaterial("ams128-tray0", "PLA", "#F7D959", true));
    }

    [Test]
    public void Normalize_WhenX1cMultiAms_SkipsTheEmptyTrayAndListsAllUnits()
    {
        var report = Ingest(BambuFixtures.Bytes(BambuFixtures.X1cMultiAms));

        report.State.Should().Be(PrinterState.Finished);
        report.LoadedMaterials.Should().HaveCount(12);
        report.LoadedMaterials.Select(m => m.SlotId).Should().NotContain("ams2-tray0").And.Contain("ams128-tray0");
        report.LoadedMaterials.Should().NotContain(m => m.SlotId == "external", "the external spool is empty");
    }

    [Test]
    public void Merge_WhenP1sDeltaHasAmsButNoVtTray_KeepsTheExternalSpoolAndMergesTrays()
    {
        Ingest(BambuFixtures.Bytes(BambuFixtures.P1sPushall));
        var before = _merger.State!["ams"]!["ams"]![0]!["tray"]!.AsArray().Count;

        var report = Ingest(BambuFixtures.Bytes(BambuFixtures.P1sDelta));

        report.State.Should().Be(PrinterState.Idle);
        report.LoadedMaterials.Should().Contain(m => m.SlotId == "external" && m.MaterialType == "TPU-AMS", "absent vt_tray means unchanged, not removed");
        _merger.State!["ams"]!["ams"]![0]!["tray"]!.AsArray().Count.Should().Be(before);
        _merger.State!["ams"]!["ams"]![0]!["humidity_raw"]!.GetValue<string>().Should().Be("12");
        _merger.State.ContainsKey("gcode_state").Should().BeTrue();
    }

    [Test]
    public void Merge_WhenReadmeDeltasArrive_ChangesOnlyBedTemperatureEvenWhenTheTypeChanges()
    {
        Ingest(BambuFixtures.Bytes(BambuFixtures.P1sPushall));

        var first = Ingest(BambuFixtures.Bytes(BambuFixtures.P1sReadmeDelta0));
        var second = Ingest(BambuFixtures.Bytes(BambuFixtures.P1sReadmeDelta1));

        first.Temperatures.Bed.Should().Be(11.96875);
        second.Temperatures.Bed.Should().Be(12);
        second.Temperatures.Nozzle.Should().Be(29.4375);
        second.LoadedMaterials.Should().HaveCount(5);
        _merger.State!.ContainsKey("msg").Should().BeFalse();
        _merger.State.ContainsKey("sequence_id").Should().BeFalse();
    }

    [Test]
    public void Ingest_WhenRawP1sStreamIsReplayed_RepairsTheMaskedFullReportAndEndsFinished()
    {
        var payloads = BambuFixtures.RawStreamPayloads();
        payloads.Should().HaveCount(3);

        var afterDeltas = payloads.Take(2).Select(Ingest).Last();
        var final = Ingest(payloads[2]);

        afterDeltas.Temperatures.Bed.Should().Be(12);
        final.State.Should().Be(PrinterState.Finished);
        final.ProgressPercent.Should().Be(100m);
        final.CurrentLayer.Should().Be(260);
        final.TotalLayers.Should().Be(260);
        final.Temperatures.Bed.Should().Be(12);
        final.LoadedMaterials.Select(m => m.ColorHex).Should().Equal("#5E43B7", "#0A2989", "#C12E1F", "#000000");
        _merger.HasFullReport.Should().BeTrue();
    }

    [Test]
    public void Merge_WhenAmsDeltaCarriesOneTray_MergesThatTrayByIdAndKeepsTheOthers()
    {
        Ingest(BambuFixtures.Bytes(BambuFixtures.A1Pushall));

        var report = Ingest(Delta("\"ams\":{\"ams\":[{\"id\":\"0\",\"tray\":[{\"id\":\"2\",\"tray_type\":\"PETG\",\"tray_color\":\"112233FF\"}]}],\"tray_now\":\"2\"}"));

        report.LoadedMaterials.Should().Equal(
            new LoadedMaterial("ams0-tray0", "PLA", "#76D9F4", false),
            new LoadedMaterial("ams0-tray1", "PLA", "#FFF144", false),
            new LoadedMaterial("ams0-tray2", "PETG", "#112233", true),
            new LoadedMaterial("ams0-tray3", "PLA", "#0ACC38", false),
            new LoadedMaterial("external", "PLA", "#FFFFFF", false));
        _merger.State!["ams"]!["ams"]![0]!["tray"]![2]!["nozzle_temp_max"]!.GetValue<string>().Should().Be("240", "fields absent from the delta keep their value");
    }

    [Test]
    public void Merge_WhenTrayHasOnlyIdAndState_ClearsThatSlot()
    {
        Ingest(BambuFixtures.Bytes(BambuFixtures.A1Pushall));

        var report = Ingest(Delta("\"ams\":{\"ams\":[{\"id\":\"0\",\"tray\":[{\"id\":\"1\",\"state\":0}]}]}"));

        report.LoadedMaterials.Select(m => m.SlotId).Should().Equal("ams0-tray0", "ams0-tray2", "ams0-tray3", "external");
    }

    [Test]
    public void Merge_WhenNewUnitAppearsAndExistBitsDropOne_AppendsAndRemovesUnits()
    {
        Ingest(BambuFixtures.Bytes(BambuFixtures.A1Pushall));

        var added = Ingest(Delta("\"ams\":{\"ams_exist_bits\":\"3\",\"ams\":[{\"id\":\"1\",\"tray\":[{\"id\":\"0\",\"tray_type\":\"ABS\",\"tray_color\":\"000000FF\"}]}]}"));
        var removed = Ingest(Delta("\"ams\":{\"ams_exist_bits\":\"2\"}"));

        added.LoadedMaterials.Select(m => m.SlotId).Should().Contain(["ams0-tray0", "ams1-tray0"]);
        removed.LoadedMaterials.Select(m => m.SlotId).Should().Equal("ams1-tray0", "external");
    }

    [Test]
    public void Merge_WhenHmsArrayArrives_ReplacesThePreviousList()
    {
        Ingest(BambuFixtures.Bytes(BambuFixtures.X1cRunning));

        var cleared = Ingest(Delta("\"hms\":[]"));
        var other = Ingest(Delta("\"hms\":[{\"attr\":\"05000500\",\"code\":\"00010007\"}]"));

        cleared.Errors.Should().BeEmpty();
        other.Errors.Should().ContainSingle().Which.Code.Should().Be("0500050000010007");
        other.Errors[0].Message.Should().Contain("Developer Mode");
        BambuStatusNormalizer.ShowsAuthorizationRefusal(_merger.State!).Should().BeTrue();
    }

    [Test]
    public void Normalize_WhenUserCancels_LatchesTheTransientMarkerIntoStopped()
    {
        Ingest(BambuFixtures.Bytes(BambuFixtures.X1cRunning));

        var marker = Ingest(Delta("\"print_error\":50348044"));
        var failed = Ingest(Delta("\"gcode_state\":\"FAILED\""));
        var markerGone = Ingest(Delta("\"print_error\":0"));
        var nextJob = Ingest(Delta("\"gcode_state\":\"PREPARE\""));

        marker.State.Should().Be(PrinterState.Printing);
        marker.Errors.Should().ContainSingle(e => e.Code == "0300400C" && e.Severity == PrinterErrorSeverity.Info);
        failed.State.Should().Be(PrinterState.Stopped);
        failed.CancelledByUser.Should().BeTrue();
        markerGone.State.Should().Be(PrinterState.Stopped);
        markerGone.CancelledByUser.Should().BeTrue();
        nextJob.State.Should().Be(PrinterState.Preparing);
        nextJob.CancelledByUser.Should().BeFalse();
    }

    [Test]
    public void Normalize_WhenNumbersArriveAsStrings_ParsesThem()
    {
        var report = Ingest("{\"print\":{\"gcode_state\":\"RUNNING\",\"mc_percent\":\"45\",\"mc_remaining_time\":\"12\",\"layer_num\":\"7\",\"total_layer_num\":\"90\","
            + "\"nozzle_temper\":\"215.5\",\"bed_temper\":60,\"print_error\":\"0\",\"command\":\"push_status\",\"msg\":0}}");

        report.State.Should().Be(PrinterState.Printing);
        report.ProgressPercent.Should().Be(45m);
        report.RemainingSeconds.Should().Be(720);
        report.CurrentLayer.Should().Be(7);
        report.TotalLayers.Should().Be(90);
        report.Temperatures.Nozzle.Should().Be(215.5);
    }

    [Test]
    public void Normalize_WhenPausedByAnError_NeedsAttention()
    {
        Ingest(BambuFixtures.Bytes(BambuFixtures.X1cRunning));

        var paused = Ingest(Delta("\"gcode_state\":\"PAUSE\""));
        var runout = Ingest(Delta("\"print_error\":117473288"));

        paused.State.Should().Be(PrinterState.Paused);
        runout.State.Should().Be(PrinterState.Attention);
        runout.Errors.Should().Contain(e => e.Code == "07008008" && e.Severity == PrinterErrorSeverity.Error);
    }

    [Test]
    public void ParseObject_WhenPayloadHasInvalidUtf8_DecodesWithReplacement()
    {
        var payload = Encoding.UTF8.GetBytes("{\"print\":{\"subtask_name\":\"aZ\",\"gcode_state\":\"FINISH\",\"msg\":0}}");
        var bad = payload.ToList();
        bad.InsertRange(bad.IndexOf((byte)'Z') + 1, new byte[] { 0xFF, 0xFE });

        var report = Ingest(bad.ToArray());

        report.State.Should().Be(PrinterState.Finished);
        report.JobName.Should().Be("aZ\uFFFD\uFFFD");
    }

    [Test]
    public void ParseObject_WhenStringHasStrayBackslash_KeepsTheBackslash()
    {
        var root = BambuJson.ParseObject(Encoding.UTF8.GetBytes("{\"print\":{\"subtask_name\":\"C:\\models\\x.3mf\",\"gcode_file\":\"tab\tinside\"}}"));

        root!["print"]!["subtask_name"]!.GetValue<string>().Should().Be("C:\\models\\x.3mf");
        root["print"]!["gcode_file"]!.GetValue<string>().Should().Be("tab\tinside");
    }

    [Test]
    public void ParseObject_WhenGarbage_ReturnsNull()
    {
        BambuJson.ParseObject("not json at all {"u8).Should().BeNull();
        BambuJson.ParseObject("[1,2]"u8).Should().BeNull();
        BambuJson.ParseObject(ReadOnlySpan<byte>.Empty).Should().BeNull();
    }

    [Test]
    public void Parse_WhenA1GetVersion_ReportsModelFirmwareAndSerial()
    {
        var info = BambuVersionInfo.Parse(JsonNode.Parse(BambuFixtures.Compact(BambuFixtures.A1Version))!["info"]!.AsObject());

        info.Should().Be(new PrinterInfo("Bambu Lab A1", "01.05.00.00", "MOCK-A1"));
    }

    [Test]
    public void Merge_WhenRandomDeltasArrive_NeverThrows()
    {
        Ingest(BambuFixtures.Bytes(BambuFixtures.A1Pushall));
        var random = new Random(42);
        string[] keys = ["ams", "hms", "gcode_state", "mc_percent", "vt_tray", "tray", "id", "print_error", "nozzle_temper"];
        string[] values = ["1", "\"x\"", "[]", "{}", "null", "[{\"id\":\"0\"}]", "{\"ams\":[{\"id\":\"0\",\"tray\":5}]}", "-1.5e3", "{\"ams\":{}}"];
        for (var i = 0; i < 2000; i++)
        {
            var fields = string.Join(',', Enumerable.Range(0, random.Next(1, 4)).Select(_ => keys[random.Next(keys.Length)]).Distinct().Select(k => $"\"{k}\":{values[random.Next(values.Length)]}"));
            var act = () => Ingest(Delta(fields));
            act.Should().NotThrow();
        }
    }
}
