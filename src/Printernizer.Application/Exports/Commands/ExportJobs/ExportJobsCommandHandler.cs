using System.Globalization;
using MediatR;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Costs;
using Printernizer.Application.Printers;

namespace Printernizer.Application.Exports.Commands.ExportJobs;

public sealed class ExportJobsCommandHandler(
    IJobExportQueries queries,
    IEnumerable<IJobExportWriter> writers,
    IExportJournal journal,
    ICostSettingsRepository settings,
    IPrinterRepository printers,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<ExportJobsCommand, ExportFile>
{
    public async Task<ExportFile> Handle(ExportJobsCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var period = ExportPeriods.Resolve(request.From, request.To, now);
        var format = (request.Format ?? "xlsx").ToLowerInvariant();
        var writer = writers.First(w => w.Format == format);
        var filter = new JobExportFilter(period, request.Category, request.PrinterId);
        var rates = (await settings.GetRatesAsync(cancellationToken)).Value;

        var filters = new List<string>();
        if (request.Category is { } category)
        {
            filters.Add("Kategorie: " + category switch
            {
                Domain.Jobs.JobCategory.Business => "Geschäftlich",
                Domain.Jobs.JobCategory.Private => "Privat",
                _ => "Nicht zugeordnet",
            });
        }

        if (request.PrinterId is { } printerId)
        {
            var printer = await printers.GetAsync(printerId, cancellationToken);
            filters.Add("Drucker: " + (printer?.Name ?? printerId.ToString("D")));
        }

        var info = new JobExportInfo
        {
            Period = period,
            CreatedAt = now,
            Filters = filters.Count == 0 ? null : string.Join("; ", filters),
            SmallBusiness = rates.SmallBusiness,
        };

        var ids = new List<Guid>();
        using var buffer = new MemoryStream();
        await queries.ReadAsync(filter, rows => writer.Write(buffer, rows.Select(r =>
        {
            ids.Add(r.JobId);
            return r;
        }), info), cancellationToken);

        var content = buffer.ToArray();
        var fileName = string.Create(CultureInfo.InvariantCulture, $"printernizer-jobs_{ExportPeriods.Label(period)}{writer.FileExtension}");
        var (id, sha) = await journal.RecordAsync(new ExportJournalEntry
        {
            Kind = "jobs_" + writer.Format,
            CreatedAt = now,
            Actor = user.Actor,
            Period = period,
            Filters = info.Filters,
            FileName = fileName,
            ContentType = writer.ContentType,
            Content = content,
            RecordIds = ids,
        }, cancellationToken);
        return new ExportFile(fileName, writer.ContentType, content, id, sha);
    }
}
