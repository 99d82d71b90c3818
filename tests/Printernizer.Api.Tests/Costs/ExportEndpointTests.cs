using Printernizer.Infrastructure.Tests.Exports;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Printernizer.Api.Tests.Support;
using Printernizer.Domain.Jobs;

namespace Printernizer.Api.Tests.Costs;

/// <summary>The export endpoints end to end: files parsed by independent readers, scopes, DATEV rules, journal.</summary>
public sealed class ExportEndpointTests
{
    private static readonly DateTimeOffset March10 = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static async Task<(CostsTestBed Bed, Guid Business, Guid Private)> SeedMarchAsync()
    {
        var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        var printer = await bed.AddPrinterAsync();
        var business = await bed.SeedJobAsync(printer, March10, March10.AddHours(4.5), usedGrams: 85m, name: "Halterung v3");
        var priv = await bed.SeedJobAsync(printer, March10.AddDays(1), March10.AddDays(1).AddHours(4.5), category: JobCategory.Private, usedGrams: 85m, name: "Privat Vase");
        return (bed, business, priv);
    }

    private static Encoding Cp1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    [Test]
    public async Task ExportJobsXlsx_WhenExportKey_DownloadsAWorkbookOpenpyxlReadsWithTheFrozenCosts()
    {
        var (bed, business, _) = await SeedMarchAsync();
        await using var _1 = bed;
        using var client = await bed.Factory.CreateApiKeyClientAsync("export");

        var response = await client.GetAsync("/api/v1/exports/jobs?format=xlsx&from=2026-03-01&to=2026-03-31");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').Should().Be("printernizer-jobs_2026-03-01_2026-03-31.xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var folder = Directory.CreateTempSubdirectory("pz-xlsx-");
        try
        {
            var path = Path.Combine(folder.FullName, "jobs.xlsx");
            await File.WriteAllBytesAsync(path, bytes);
            var workbook = OpenPyxl.Read(path, folder.FullName);
            var cells = workbook.GetProperty("Jobs").GetProperty("cells");
            cells.GetProperty("B2").GetProperty("v").GetString().Should().Be(business.ToString("D"));
            cells.GetProperty("G2").GetProperty("v").GetString().Should().Be("Geschäftlich");
            cells.GetProperty("P2").GetProperty("v").GetDecimal().Should().Be(85m);
            cells.GetProperty("Q2").GetProperty("v").GetDecimal().Should().Be(1.87m);
            cells.GetProperty("T2").GetProperty("v").GetDecimal().Should().Be(15.00m);
            cells.GetProperty("V2").GetProperty("v").GetDecimal().Should().Be(17.73m);
            cells.GetProperty("K2").GetProperty("v").GetString().Should().Be("2026-03-10T09:00:00", "start in Berlin time (CET)");
            workbook.GetProperty("Info").GetProperty("cells").GetProperty("B9").GetProperty("v").GetInt32().Should().Be(2);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        var journal = await bed.QueryAsync<JournalRow>("SELECT kind AS Kind, actor AS Actor, sha256 AS Sha256, record_count AS RecordCount, file_name AS FileName FROM export_journal");
        journal.Should().ContainSingle();
        journal[0].Kind.Should().Be("jobs_xlsx");
        journal[0].RecordCount.Should().Be(2);
        journal[0].Actor.Should().StartWith("api-key:");
        journal[0].Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        response.Headers.GetValues("X-Content-SHA256").Single().Should().Be(journal[0].Sha256);
    }

    [Test]
    public async Task ExportJobsCsv_WhenRequested_ParsesWithSemicolonsAndGermanNumbers()
    {
        var (bed, business, priv) = await SeedMarchAsync();
        await using var _1 = bed;

        var response = await bed.Admin.GetAsync("/api/v1/exports/jobs?format=csv&from=2026-03-01&to=2026-03-31&category=private");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').Should().Be("printernizer-jobs_2026-03-01_2026-03-31.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var records = StrictSemicolonCsv.Parse(new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3));
        var header = records[0].Select(f => f.Value).ToList();
        records.Should().HaveCount(2, "header + the one private job");
        var row = header.Select((h, i) => (h, records[1][i].Value)).ToDictionary(x => x.h, x => x.Value);
        row["Job-ID"].Should().Be(priv.ToString("D"));
        row["Kategorie"].Should().Be("Privat");
        row["Arbeitskosten"].Should().Be("0,00", "a private print is valued without owner labour (business.md §3)");
        row["Gesamtkosten"].Should().Be("2,73");
        row["Material (g)"].Should().Be("85");
        records.SelectMany(r => r).Should().NotContain(f => f.Value == business.ToString("D"));
    }

    [Test]
    public async Task ExportDatev_WhenSettingsMissing_Answers422ListingWhatIsMissing()
    {
        var (bed, _, _) = await SeedMarchAsync();
        await using var _1 = bed;

        var response = await bed.Admin.GetAsync("/api/v1/exports/datev?from=2026-03-01&to=2026-03-31");

        var problem = await response.ShouldBeProblemAsync((HttpStatusCode)422);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("consultantNumber", out _).Should().BeTrue();
        errors.TryGetProperty("clientNumber", out _).Should().BeTrue();
        (await bed.QueryAsync<long>("SELECT COUNT(*) FROM export_journal")).Single().Should().Be(0);
    }

    [Test]
    public async Task ExportDatev_WhenConfigured_WritesRevenueAndWithdrawalBookingsTheStrictParserAccepts()
    {
        var (bed, business, priv) = await SeedMarchAsync();
        await using var _1 = bed;
        await bed.SetDatevAsync();

        var response = await bed.Admin.GetAsync("/api/v1/exports/datev?from=2026-03-01&to=2026-03-31");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').Should().Be("EXTF_Buchungsstapel_2026-03_SKR03.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var records = StrictSemicolonCsv.Parse(Cp1252().GetString(bytes));
        records.Should().HaveCount(4);
        records[0].Should().HaveCount(31);
        records[0][10].Value.Should().Be("1234567");
        records[0][11].Value.Should().Be("12345");
        records[0][14].Value.Should().Be("20260301");
        records[0][15].Value.Should().Be("20260331");
        records[2].Should().HaveCount(125);
        var revenue = records[2].Select(f => f.Value).ToList();
        revenue[0].Should().Be("27,43", "23.05 € net + 4.38 € VAT of business.md §2.3");
        revenue[1].Should().Be("S");
        revenue[6].Should().Be("10000");
        revenue[7].Should().Be("8400");
        revenue[8].Should().BeEmpty("no BU key on automatic accounts");
        revenue[9].Should().Be("1003");
        revenue[10].Should().Be("PJ-2026-0001", "business print jobs are numbered per year");
        var withdrawal = records[3].Select(f => f.Value).ToList();
        withdrawal[0].Should().Be("3,25", "2.73 € Selbstkosten without labour + 19 % VAT (business.md §3)");
        withdrawal[6].Should().Be("1800");
        withdrawal[7].Should().Be("8910");
        withdrawal[10].Should().Be("EB-2026-0001", "private withdrawals (Eigenbelege) are numbered per year");
        records[0][8].Value.Should().Be("admin", "Exportiert von is the account's user name");
    }

    [Test]
    public async Task ExportDatev_WhenSeveralMonths_ZipsOneBatchPerMonthAndFlagsReExports()
    {
        var (bed, _, _) = await SeedMarchAsync();
        await using var _1 = bed;
        await bed.SetDatevAsync();
        var printer = await bed.AddPrinterAsync("Core One");
        var april = new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.Zero);
        await bed.SeedJobAsync(printer, april, april.AddHours(2), usedGrams: 20m);

        var response = await bed.Admin.GetAsync("/api/v1/exports/datev?from=2026-02-01&to=2026-04-30");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').Should().Be("EXTF_Buchungsstapel_2026-02-01_2026-04-30_SKR03.zip");
        using (var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync())))
        {
            zip.Entries.Select(e => e.FullName).Should().Equal("EXTF_Buchungsstapel_2026-03_SKR03.csv", "EXTF_Buchungsstapel_2026-04_SKR03.csv");
            using var reader = new StreamReader(zip.Entries[1].Open(), Cp1252());
            StrictSemicolonCsv.Parse(await reader.ReadToEndAsync()).Should().HaveCount(3);
        }

        var again = await bed.Admin.GetAsync("/api/v1/exports/datev?from=2026-04-01&to=2026-04-30");
        again.Content.Headers.ContentDisposition!.FileName!.Trim('"').Should().Be("EXTF_Buchungsstapel_2026-04_SKR03_erneut.csv");
    }

    [Test]
    public async Task Exports_WhenNotSignedInOrKeyLacksExportScope_Answer401And403()
    {
        await using var bed = await CostsTestBed.StartAsync();
        using var anonymous = bed.Factory.CreateClient();
        using var reader = await bed.Factory.CreateApiKeyClientAsync("read");

        (await anonymous.GetAsync("/api/v1/exports/jobs?format=csv")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await reader.GetAsync("/api/v1/exports/jobs?format=csv")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await reader.GetAsync("/api/v1/exports/datev")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await reader.GetAsync("/api/v1/analytics/summary")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reader.PutAsJsonAsync("/api/v1/settings/costs", new { })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await (await bed.Admin.GetAsync("/api/v1/exports/jobs?format=pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private sealed record JournalRow(string Kind, string Actor, string Sha256, long RecordCount, string FileName);
}
