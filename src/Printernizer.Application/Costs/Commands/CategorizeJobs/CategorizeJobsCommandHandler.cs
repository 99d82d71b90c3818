using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Jobs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Costs.Commands.CategorizeJobs;

public sealed class CategorizeJobsCommandHandler(
    IJobRepository jobs,
    IJobCostRepository costs,
    JobCostService costService,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<CategorizeJobsCommand, CategorizeJobsResult>
{
    public async Task<CategorizeJobsResult> Handle(CategorizeJobsCommand request, CancellationToken cancellationToken)
    {
        var loaded = new List<PrintJob>();
        foreach (var id in request.JobIds.Distinct())
        {
            loaded.Add(await jobs.GetAsync(id, cancellationToken) ?? throw NotFoundException.For("Job", id));
        }

        // Re-categorizing a frozen job is a correction (business.md §3, §5.2): it needs a reason, checked before anything changes.
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            foreach (var job in loaded.Where(j => j.Category != request.Category && !j.IsOpen))
            {
                if (await costs.GetLatestAsync(job.Id, cancellationToken) is not null)
                {
                    throw ValidationException.ForField(nameof(request.Reason),
                        "Some of these jobs have a frozen cost: say why you re-categorize them (the reason is kept with the new cost versions).");
                }
            }
        }

        int updated = 0, unchanged = 0;
        foreach (var job in loaded)
        {
            if (job.Category == request.Category)
            {
                unchanged++;
                continue;
            }

            var before = job.Category;
            var now = timeProvider.GetUtcNow();
            job.Category = request.Category;
            job.UpdatedAt = now;
            var change = $"category {EnumName(before)} → {EnumName(request.Category)}";
            var reason = string.IsNullOrWhiteSpace(request.Reason) ? "Re-categorized: " + change : request.Reason.Trim() + " (" + change + ")";
            await jobs.SaveEditsAsync(job, new JobEventRecord(job.Id, JobEventKind.Edited, now, "Changed " + change + "." + (string.IsNullOrWhiteSpace(request.Reason) ? string.Empty : " Reason: " + request.Reason.Trim())), cancellationToken);
            await audit.WriteAsync(new AuditEntry(user.Actor, "job.categorized", "job", job.Id.ToString("D"), new { Category = before }, new { request.Category, Reason = reason }), cancellationToken);
            if (!job.IsOpen && await costs.GetLatestAsync(job.Id, cancellationToken) is not null)
            {
                await costService.CorrectAsync(job, reason, user.Actor, rates: null, cancellationToken);
            }

            updated++;
        }

        return new CategorizeJobsResult(updated, unchanged);
    }

    private static string EnumName(JobCategory category) => category.ToString().ToLowerInvariant();
}
