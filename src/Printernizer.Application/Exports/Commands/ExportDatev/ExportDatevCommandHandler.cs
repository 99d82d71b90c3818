using System.Globalization;
using System.IO.Compression;
using MediatR;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Costs;

namespace Printernizer.Application.Exports.Commands.ExportDatev;

public sealed class ExportDatevCommandHandler(
    IJobExportQueries queries,
    IDatevExportWriter writer,
    IExportJournal journal,
    ICostSettingsRepository settings,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<ExportDatevCommand, DatevExportResult>
{
    public const string ZipContentType = "application/zip";
    public const string CsvContentType = "text/csv; charset=windows-1252";

    public async Task<DatevExportResult> Handle(ExportDatevCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var period = ExportPeriods.Resolve(request.From, request.To, now);
        var datev = (await settings.GetDatevAsync(cancellationToken)).Value;
        var jobs = await queries.ListForDatevAsync(period, cancellationToken);
        var exportedBy = user.Actor.Length > 25 ? user.Actor[..25] : user.Actor;

        var batches = new List<(DatevBatch Batch, List<Guid> Ids)>();
        foreach (var month in period.SplitByMonth())
        {
            var inMonth = jobs.Where(j => month.Contains(Common.BerlinDateRange.LocalDateOf(j.EndedAt)))
                .Select(j => (j.JobId, Booking: DatevBookings.For(j, datev)))
                .Where(b => b.Booking is not null)
                .ToList();
            batches.Add((new DatevBatch { Period = month, CreatedAt = now, ExportedBy = exportedBy, Bookings = inMonth.Select(b => b.Booking!).ToList() },
                inMonth.Select(b => b.JobId).ToList()));
        }

        // Empty months of a longer period are left out; a period without any booking is a problem of its own.
        var toWrite = batches.Count > 1 ? batches.Where(b => b.Batch.Bookings.Count > 0).ToList() : batches;
        if (toWrite.Count == 0)
        {
            toWrite = [batches[0]];
        }

        var problems = new List<DatevProblem>();
        foreach (var (batch, _) in toWrite)
        {
            foreach (var problem in DatevBatchValidator.Validate(datev, batch))
            {
                var scoped = toWrite.Count > 1 && problem.Field.StartsWith("bookings", StringComparison.Ordinal)
                    ? problem with { Field = batch.Period.From.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "." + problem.Field }
                    : problem;
                if (!problems.Contains(scoped))
                {
                    problems.Add(scoped);
                }
            }
        }

        if (problems.Count > 0)
        {
            return new DatevExportResult(null, problems);
        }

        var ids = toWrite.SelectMany(b => b.Ids).ToList();
        var reExport = await journal.AnyExportedAsync("datev", ids, cancellationToken);
        byte[] content;
        string fileName;
        string contentType;
        if (toWrite.Count == 1)
        {
            using var buffer = new MemoryStream();
            writer.Write(buffer, datev, toWrite[0].Batch);
            content = buffer.ToArray();
            fileName = toWrite[0].Batch.FileName(datev.ChartOfAccounts, reExport);
            contentType = CsvContentType;
        }
        else
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (batch, _) in toWrite)
                {
                    var entry = zip.CreateEntry(batch.FileName(datev.ChartOfAccounts, reExport), CompressionLevel.Optimal);
                    entry.LastWriteTime = Common.BerlinTime.ToBerlin(now);
                    using var stream = entry.Open();
                    writer.Write(stream, datev, batch);
                }
            }

            content = buffer.ToArray();
            fileName = string.Create(CultureInfo.InvariantCulture,
                $"EXTF_Buchungsstapel_{ExportPeriods.Label(period)}_{(datev.ChartOfAccounts == DatevChartOfAccounts.Skr04 ? "SKR04" : "SKR03")}{(reExport ? "_erneut" : string.Empty)}.zip");
            contentType = ZipContentType;
        }

        var (id, sha) = await journal.RecordAsync(new ExportJournalEntry
        {
            Kind = "datev",
            CreatedAt = now,
            Actor = user.Actor,
            Period = period,
            FileName = fileName,
            ContentType = contentType,
            Content = content,
            RecordIds = ids,
        }, cancellationToken);
        return new DatevExportResult(new ExportFile(fileName, contentType, content, id, sha), []);
    }
}
