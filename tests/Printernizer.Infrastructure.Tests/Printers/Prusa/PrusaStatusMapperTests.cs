using System.Text.Json;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Prusa;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Printers.Prusa;

public sealed class PrusaStatusMapperTests
{
    private static T Fixture<T>(string name) =>
        JsonSerializer.Deserialize<T>(SharedFixtures.ReadText("prusalink", name), PrusaLinkJson.Options)!;

    private static PrusaLinkStatus Status(string json) => JsonSerializer.Deserialize<PrusaLinkStatus>(json, PrusaLinkJson.Options)!;

    [Test]
    public void Map_WhenIdleFixture_ReportsIdleWithTemperatures()
    {
        var report = PrusaStatusMapper.Map(Fixture<PrusaLinkStatus>("buddy_v1_status_idle_mk39.json"), null, "PLA");

        report.State.Should().Be(PrinterState.Idle);
        report.Temperatures.Nozzle.Should().Be(22.0);
        report.Temperatures.Bed.Should().Be(20.2);
        report.Temperatures.NozzleTarget.Should().Be(0);
        report.JobIdentity.Should().BeNull();
        report.ProgressPercent.Should().BeNull();
        report.LoadedMaterials.Should().ContainSingle().Which.Should().Be(new Application.Printers.Drivers.LoadedMaterial("extruder", "PLA", null, true));
        report.CancelledByUser.Should().BeFalse();
    }

    [Test]
    public void Map_WhenCoreOnePrintingFixture_ReportsProgressTimesAndLongFileName()
    {
        var xlJob = Fixture<PrusaLinkJob>("buddy_v1_job_printing_xl.json");
        var snapshot = PrusaJobSnapshot.From(xlJob, 929);

        var report = PrusaStatusMapper.Map(Fixture<PrusaLinkStatus>("buddy_v1_status_printing_coreone.json"), snapshot, null);

        report.State.Should().Be(PrinterState.Printing);
        report.ProgressPercent.Should().Be(77.00m);
        report.RemainingSeconds.Should().Be(300);
        report.ElapsedSeconds.Should().Be(1554);
        report.JobIdentity.Should().Be("929");
        report.FileName.Should().Be("multiple_grots_0.4n_0.15mm_PLA,PLA,PLA,PLA_XLIS_5h36m.bgcode");
        report.JobName.Should().Be("multiple_grots_0.4n_0.15mm_PLA,PLA,PLA,PLA_XLIS_5h36m");
        report.FilePath.Should().Be("/usb/MULTIP~1.BGC");
        report.Temperatures.Should().Be(new Application.Printers.Drivers.TemperatureReadings { Nozzle = 245.0, NozzleTarget = 245.0, Bed = 85.1, BedTarget = 85.0 });
        report.LoadedMaterials.Should().BeEmpty();
    }

    [Test]
    public void Map_WhenRememberedJobIsAnother_DoesNotBorrowItsName()
    {
        var snapshot = new PrusaJobSnapshot(5, "old.gcode", "OLD~1.GCO", "/usb/OLD~1.GCO", 1, 100, 10);

        var report = PrusaStatusMapper.Map(Fixture<PrusaLinkStatus>("buddy_v1_status_printing_coreone.json"), snapshot, null);

        report.JobIdentity.Should().Be("929");
        report.FileName.Should().BeNull();
    }

    [Test]
    public void Map_WhenFinishedAfterTheJobIsGone_ReportsTheLastJobAtHundredPercent()
    {
        var snapshot = new PrusaJobSnapshot(929, "benchy.bgcode", "BENCHY~1.BGC", "/usb/BENCHY~1.BGC", 1000, 99.5m, 3600);

        var report = PrusaStatusMapper.Map(Status("""{"printer":{"state":"FINISHED"}}"""), snapshot, null);

        report.State.Should().Be(PrinterState.Finished);
        report.JobIdentity.Should().Be("929");
        report.ProgressPercent.Should().Be(100m);
        report.FileName.Should().Be("benchy.bgcode");
        report.ElapsedSeconds.Should().Be(3600);
        report.CancelledByUser.Should().BeFalse();
    }

    [Test]
    public void Map_WhenStopped_IsCancelledByUserWithLastProgress()
    {
        var snapshot = new PrusaJobSnapshot(929, "benchy.bgcode", "BENCHY~1.BGC", "/usb/BENCHY~1.BGC", 1000, 42.5m, 600);

        var report = PrusaStatusMapper.Map(Status("""{"printer":{"state":"STOPPED"}}"""), snapshot, null);

        report.State.Should().Be(PrinterState.Stopped);
        report.CancelledByUser.Should().BeTrue();
        report.JobIdentity.Should().Be("929");
        report.ProgressPercent.Should().Be(42.5m);
    }

    [Test]
    public void Map_WhenIdleAfterAJob_ForgetsTheJob()
    {
        var snapshot = new PrusaJobSnapshot(929, "benchy.bgcode", null, null, null, 100, 60);

        var report = PrusaStatusMapper.Map(Status("""{"printer":{"state":"IDLE"}}"""), snapshot, null);

        report.JobIdentity.Should().BeNull();
        report.FileName.Should().BeNull();
    }

    [TestCase("IDLE", false, PrinterState.Idle)]
    [TestCase("READY", false, PrinterState.Idle)]
    [TestCase("BUSY", false, PrinterState.Busy)]
    [TestCase("PRINTING", true, PrinterState.Printing)]
    [TestCase("PAUSED", true, PrinterState.Paused)]
    [TestCase("FINISHED", false, PrinterState.Finished)]
    [TestCase("STOPPED", false, PrinterState.Stopped)]
    [TestCase("ATTENTION", true, PrinterState.Attention)]
    [TestCase("ERROR", false, PrinterState.Error)]
    [TestCase("UNKNOWN", false, PrinterState.Busy)]
    [TestCase("UNKNOWN", true, PrinterState.Attention)]
    [TestCase("WARP_DRIVE", true, PrinterState.Attention)]
    [TestCase(null, false, PrinterState.Busy)]
    public void MapState_ForEveryBuddyState_GivesTheNormalizedState(string? state, bool hasJob, PrinterState expected) =>
        PrusaStatusMapper.MapState(state, hasJob).Should().Be(expected);

    [Test]
    public void Map_WhenAttentionOrUnknownDuringAPrint_ExplainsWhatToDo()
    {
        var attention = PrusaStatusMapper.Map(Status("""{"job":{"id":3,"progress":10},"printer":{"state":"ATTENTION"}}"""), null, null);
        var unknown = PrusaStatusMapper.Map(Status("""{"job":{"id":3,"progress":10},"printer":{"state":"UNKNOWN"}}"""), null, null);

        attention.Errors.Should().ContainSingle().Which.Message.Should().Contain("Check its display");
        unknown.Errors.Should().ContainSingle().Which.Message.Should().Contain("UNKNOWN");
    }

    [Test]
    public void Map_WhenLegacyPrinterFixture_ReadsLoadedMaterial()
    {
        var legacy = Fixture<PrusaLinkLegacyPrinter>("buddy_api_printer_legacy_mk39.json");

        legacy.LoadedMaterial.Should().Be("FLEX");
        new PrusaLinkLegacyPrinter { Telemetry = new PrusaLinkLegacyTelemetry { Material = "---" } }.LoadedMaterial.Should().BeNull();
    }

    [Test]
    public void Deserialize_WhenFolderFixtures_ReadShortAndLongNames()
    {
        var root = Fixture<PrusaLinkFile>("buddy_v1_files_usb_root_mini.json");
        var folder = Fixture<PrusaLinkFile>("buddy_v1_files_usb_folder_mini.json");

        root.MTimestamp.Should().BeNull();
        root.Children!.Should().OnlyContain(c => c.IsFolder);
        folder.Children!.Should().HaveCount(8).And.OnlyContain(c => !c.IsFolder && !c.IsReadOnly && c.Size == null);
        folder.Children![0].LongName.Should().Be("Nut_150um_MINI_PLA_1h32m.gcode");
    }
}
