using Printernizer.Application.Common;
using Printernizer.Application.Exports;
using Printernizer.Domain.Jobs;

namespace Printernizer.Infrastructure.Tests.Exports;

internal static class ExportTestRows
{
    public const string HostileName = "Evil;\"Name\"\r\nline2";
    public const string HostileFile = "=HYPERLINK(\"http://x\")";

    public static JobExportInfo Info => new()
    {
        Period = new BerlinDateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 10, 31)),
        CreatedAt = new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero),
        Filters = "Kategorie: alle",
        CompanyName = "3D-Druck Kornwestheim",
        AppVersion = "0.1.0-test",
    };

    /// <summary>Four jobs: the worked example over the spring DST switch, a hostile failed one over the autumn switch,
    /// a private one still printing without cost, and an expensive one.</summary>
    public static IReadOnlyList<JobExportRow> Rows() =>
    [
        new JobExportRow
        {
            JobId = Guid.Parse("11111111-1111-1111-1111-111111111111"),
            PrinterName = "Bambu A1",
            Name = "Gehäusedeckel",
            FileName = "deckel.3mf",
            Status = JobStatus.Completed,
            Category = JobCategory.Business,
            CustomerNumber = "K-1001",
            CustomerName = "Müller GmbH",
            OrderNumber = "A-2026-0007",
            StartedAt = new DateTimeOffset(2026, 3, 28, 21, 0, 0, TimeSpan.Zero),
            EndedAt = new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero),
            ActualSeconds = 16_200,
            PausedSeconds = 0,
            MaterialType = "PLA",
            MaterialGrams = 85m,
            MaterialCost = 1.87m,
            EnergyCost = 0.12825m,
            MachineCost = 0.603m,
            LabourCost = 15m,
            FailureAllowance = 0.1300625m,
            TotalCost = 17.7313125m,
            Notes = "Kunde holt ab",
        },
        new JobExportRow
        {
            JobId = Guid.Parse("22222222-2222-2222-2222-222222222222"),
            PrinterName = "-A1",
            Name = HostileName,
            FileName = HostileFile,
            Status = JobStatus.Failed,
            Category = JobCategory.Business,
            CustomerName = "+49 711",
            StartedAt = new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero),
            EndedAt = new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero),
            ActualSeconds = 3_600,
            PausedSeconds = 900,
            MaterialType = "PETG",
            MaterialGrams = 12.5m,
            MaterialCost = 0.25m,
            EnergyCost = 0.06m,
            MachineCost = 0.134m,
            LabourCost = 6m,
            FailureAllowance = 0m,
            TotalCost = 6.444m,
            Notes = "@SUM(A1)",
        },
        new JobExportRow
        {
            JobId = Guid.Parse("33333333-3333-3333-3333-333333333333"),
            PrinterName = "Prusa Core One",
            Name = "Halter",
            Status = JobStatus.Printing,
            Category = JobCategory.Private,
            StartedAt = new DateTimeOffset(2026, 10, 31, 22, 30, 0, TimeSpan.Zero),
            ActualSeconds = 600,
        },
        new JobExportRow
        {
            JobId = Guid.Parse("44444444-4444-4444-4444-444444444444"),
            PrinterName = "Bambu A1",
            Name = "Serie 500 Stück",
            Status = JobStatus.Completed,
            Category = JobCategory.Business,
            StartedAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero),
            EndedAt = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero),
            ActualSeconds = 86_400,
            MaterialType = "PLA",
            MaterialGrams = 1234.56m,
            MaterialCost = 12345.675m,
            EnergyCost = 0m,
            MachineCost = 0m,
            LabourCost = 0m,
            FailureAllowance = 0m,
            TotalCost = 12345.675m,
        },
    ];
}
