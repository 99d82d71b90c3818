using System.Globalization;
using System.IO.Compression;
using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Costs;

namespace Printernizer.Application.Exports.Commands.ExportDatev;

public sealed class ExportDatevCommandHandler(
    IJobExportQueries queries,
    IDatevExportWriter writer,
    IExportJournal journal,
    ICostSettingsRepository settings,
    IDatevDocumentNumbers documentNumbers,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<ExportDatevCommand, ExportFile>
{
    public const string ZipContentType = "application/zip";
    public const string CsvContentType = "text/csv; charset=windows-1252";

    public async Task<ExportFile> Handle(ExportDatevCommand request, CancellationToken cancellationToken)
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
                .Select(j => (Job: j, Booking: DatevBookings.For(j, datev)))
                .Where(b => b.Booking is not null)
                .ToList();
            batches.Add((new DatevBatch { Period = month, CreatedAt = now, ExportedBy = exportedBy, Bookings = inMonth.Select(b => b.Booking!).ToList() },
                inMonth.Select(b => b.Job.JobId).ToList()));
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
            throw new BusinessRuleException(
                "The DATEV export is not possible.",
                string.Join(" ", problems.Select(p => p.Message).Distinct()),
                problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).Distinct().ToArray()));
        }

        // Belegfeld 1: the running number of each booked job, assigned at its first export and kept for re-exports.
        var byId = jobs.ToDictionary(j => j.JobId);
        var requests = toWrite.SelectMany(b => b.Ids).Select(id => DatevBookings.NumberRequest(byId[id])!).ToList();
        var numbers = await documentNumbers.AssignAsync(requests, cancellationToken);
        var numberOf = requests.ToDictionary(r => r.JobId, r => numbers[r]);
        toWrite = toWrite.Select(b => (b.Batch with
        {
            Bookings = b.Batch.Bookings.Select((booking, i) => booking with { DocumentNumber = numberOf[b.Ids[i]] }).ToList(),
        }, b.Ids)).ToList();

        var ids = toWrite.SelectMany(b => b.Ids).ToList();
        var replacements = new List<string>();
        var reExport = await journal.AnyExportedAsync("datev", ids, cancellationToken);
        byte[] content;
        string fileName;
        string contentType;
        if (toWrite.Count == 1)
        {
            using var buffer = new MemoryStream();
            replacements.AddRange(writer.Write(buffer, datev, toWrite[0].Batch).Replacements);
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
                    replacements.AddRange(writer.Write(stream, datev, batch).Replacements.Select(r => batch.Period.From.ToString("yyyy-MM", CultureInfo.InvariantCulture) + " " + r));
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
        return new ExportFile(fileName, contentType, content, id, sha) { Replacements = replacements };
    }
}
