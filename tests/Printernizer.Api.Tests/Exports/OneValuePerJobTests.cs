using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Printernizer.Api.Tests.Costs;
using Printernizer.Api.Tests.Support;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Tests.Exports;

namespace Printernizer.Api.Tests.Exports;

/// <summary>
/// Issue 15: the same job has the same amounts to the cent on the job page, in the jobs list, the CSV, the xlsx (rows
/// and Summary) and the DATEV batch; every output's parts add up to its total; private prints carry no owner labour.
/// </summary>
public sealed class OneValuePerJobTests
{
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Exports_WhenManyRandomJobs_EveryOutputShowsTheSameCentsAndPartsAddUp()
    {
        await using var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        await bed.SetDatevAsync();
        var a1 = await bed.AddPrinterAsync();
        var odd = await bed.AddPrinterAsync("Core One", powerWatts: 113m, hourlyRate: 0.1373m);
        var random = new Random(4711);
        var names = new Dictionary<Guid, string>();
        for (var i = 0; i < 30; i++)
        {
            var start = March2.AddDays(random.Next(0, 25)).AddMinutes(random.Next(0, 600));
            var category = i == 0 ? JobCategory.Business : i == 1 ? JobCategory.Private : random.Next(3) == 0 ? JobCategory.Private : JobCategory.Business;
            var name = $"Teil {i:00}";
            // Jobs 0 and 1: the worked example of business.md §2.3 (4.5 h, 85 g PLA on the A1), as business and as private print.
            var end = i < 2 ? start.AddHours(4.5) : start.AddSeconds(random.Next(60, 40_000));
            var id = await bed.SeedJobAsync(i < 2 ? a1 : odd, start, end, category: category,
                usedGrams: i < 2 ? 85m : Math.Round((decimal)random.NextDouble() * 300m, random.Next(0, 3)), name: name);
            names[id] = name;
        }

        // The job API (list and detail): the reference values.
        var list = await bed.Admin.GetFromJsonAsync<JsonElement>("/api/v1/jobs?from=2026-03-01&to=2026-03-31&pageSize=500");
        var api = new Dictionary<Guid, Parts>();
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            var id = Guid.Parse(item.GetProperty("id").GetString()!);
            var cost = item.GetProperty("cost");
            api[id] = new Parts(D(cost, "material"), D(cost, "energy"), D(cost, "machine"), D(cost, "labour"), D(cost, "failureAllowance"), D(cost, "total"));
            var detail = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{id:D}");
            D(detail.GetProperty("job").GetProperty("cost"), "total").Should().Be(api[id].Total, "job page and list agree");
            if (item.GetProperty("category").GetString() == "private")
            {
                api[id].Labour.Should().Be(0m, "a private print is valued without owner labour");
            }
        }

        api.Should().HaveCount(30);
        api.Values.Should().AllSatisfy(p => p.Sum.Should().Be(p.Total));

        // CSV.
        var csvBytes = await bed.Admin.GetByteArrayAsync("/api/v1/exports/jobs?format=csv&from=2026-03-01&to=2026-03-31");
        var csv = StrictSemicolonCsv.Parse(new UTF8Encoding(false, true).GetString(csvBytes, 3, csvBytes.Length - 3));
        var header = csv[0].Select(f => f.Value).ToList();
        foreach (var record in csv.Skip(1))
        {
            string Col(string name) => record[header.IndexOf(name)].Value;
            var id = Guid.Parse(Col("Job-ID"));
            var parts = new Parts(G(Col("Materialkosten")), G(Col("Energiekosten")), G(Col("Maschinenkosten")), G(Col("Arbeitskosten")), G(Col("Ausschusszuschlag")), G(Col("Gesamtkosten")));
            parts.Should().Be(api[id], "CSV equals the job page for {0}", names[id]);
        }

        csv.Should().HaveCount(31);

        // xlsx, read back by openpyxl: rows and the Summary sheet.
        var xlsx = await bed.Admin.GetByteArrayAsync("/api/v1/exports/jobs?format=xlsx&from=2026-03-01&to=2026-03-31");
        var folder = Directory.CreateTempSubdirectory("pz-onevalue-");
        try
        {
            var path = Path.Combine(folder.FullName, "jobs.xlsx");
            await File.WriteAllBytesAsync(path, xlsx);
            var workbook = OpenPyxl.Read(path, folder.FullName);
            var cells = workbook.GetProperty("Jobs").GetProperty("cells");
            for (var row = 2; row <= 31; row++)
            {
                var id = Guid.Parse(cells.GetProperty($"B{row}").GetProperty("v").GetString()!);
                var parts = new Parts(X(cells, $"Q{row}"), X(cells, $"R{row}"), X(cells, $"S{row}"), X(cells, $"T{row}"), X(cells, $"U{row}"), X(cells, $"V{row}"));
                parts.Should().Be(api[id], "xlsx row equals the job page for {0}", names[id]);
            }

            var summary = workbook.GetProperty("Summary").GetProperty("cells");
            var summed = new Parts(0, 0, 0, 0, 0, 0);
            for (var row = 2; summary.TryGetProperty($"B{row}", out var category) && category.GetProperty("v").GetString() != null && !summary.GetProperty($"A{row}").GetProperty("v").ToString().StartsWith("Summe", StringComparison.Ordinal); row++)
            {
                var parts = new Parts(X(summary, $"F{row}"), X(summary, $"G{row}"), X(summary, $"H{row}"), X(summary, $"I{row}"), X(summary, $"J{row}"), X(summary, $"K{row}"));
                parts.Sum.Should().Be(parts.Total, "the Summary's parts add up (row {0})", row);
                summed = summed.Add(parts);
            }

            var all = api.Values.Aggregate(new Parts(0, 0, 0, 0, 0, 0), (a, p) => a.Add(p));
            summed.Should().Be(all, "the Summary equals the sum of the rows, component by component");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        // DATEV, parsed back: business = price of the same total, private = the same total + 19 % VAT.
        var datev = await bed.Admin.GetAsync("/api/v1/exports/datev?from=2026-03-01&to=2026-03-31");
        datev.StatusCode.Should().Be(HttpStatusCode.OK);
        var records = StrictSemicolonCsv.Parse(Cp1252().GetString(await datev.Content.ReadAsByteArrayAsync()));
        var bookings = records.Skip(2).ToDictionary(r => r[13].Value, r => r);
        var rates = CostRates.GermanDefaults;
        foreach (var (id, parts) in api)
        {
            var business = bookings.TryGetValue("Druckauftrag " + names[id], out var revenue);
            var booking = business ? revenue! : bookings["Privatentnahme Druck " + names[id]];
            var expected = business
                ? Pricing.QuoteNet(Pricing.NetPrice(parts.Total, 30m), rates).Gross
                : Pricing.QuoteNet(parts.Total, rates).Gross;
            G(booking[0].Value).Should().Be(expected, "DATEV books the job's value for {0}", names[id]);
        }

        // The worked example of business.md §2.3 and §3 in DATEV.
        G(bookings["Druckauftrag Teil 00"][0].Value).Should().Be(27.43m);
        G(bookings["Privatentnahme Druck Teil 01"][0].Value).Should().Be(3.25m, "2.73 € + 19 %");
        api[names.Single(n => n.Value == "Teil 01").Key].Total.Should().Be(2.73m);
    }

    private static Encoding Cp1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static decimal D(JsonElement element, string name) => element.GetProperty(name).GetDecimal();

    private static decimal G(string german) => decimal.Parse(german, NumberStyles.AllowDecimalPoint, CultureInfo.GetCultureInfo("de-DE"));

    private static decimal X(JsonElement cells, string address) =>
        cells.TryGetProperty(address, out var cell) ? Math.Round(cell.GetProperty("v").GetDecimal(), 2) : 0m;

    private sealed record Parts(decimal Material, decimal Energy, decimal Machine, decimal Labour, decimal Failure, decimal Total)
    {
        public decimal Sum => Material + Energy + Machine + Labour + Failure;

        public Parts Add(Parts other) => new(Material + other.Material, Energy + other.Energy, Machine + other.Machine, Labour + other.Labour, Failure + other.Failure, Total + other.Total);
    }
}
