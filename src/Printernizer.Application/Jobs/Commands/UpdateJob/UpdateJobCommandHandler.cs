using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Printers;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Jobs.Commands.UpdateJob;

public sealed class UpdateJobCommandHandler(
    IJobRepository jobs,
    IPrinterRepository printers,
    IAuditLog audit,
    ICurrentUser user,
    IRealtimePublisher realtime,
    IMediator mediator,
    Costs.JobCostService costs,
    Costs.IJobCostRepository costRevisions,
    TimeProvider timeProvider) : IRequestHandler<UpdateJobCommand, JobDto>
{
    public async Task<JobDto> Handle(UpdateJobCommand request, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Job", request.Id);
        var before = Snapshot(job);

        if (request.Category is { } category)
        {
            job.Category = category;
        }

        if (request.CustomerId is { } customer)
        {
            job.CustomerId = customer == Guid.Empty ? null : customer;
        }

        if (request.Notes is not null)
        {
            job.Notes = request.Notes.Length == 0 ? null : request.Notes;
        }

        if (request.MaterialUsedGrams is { } grams)
        {
            job.MaterialUsedGrams = grams;
        }

        if (request.SpoolId is { } spool)
        {
            job.SpoolId = spool == Guid.Empty ? null : spool;
        }

        var after = Snapshot(job);
        var now = timeProvider.GetUtcNow();
        // A frozen record (ended, cost revision written) is corrected, never edited: category, material, spool or customer
        // changes need a reason, stored with the new cost revision, the audit entry and the timeline (business.md §5.2).
        var costRelevant = before.MaterialUsedGrams != after.MaterialUsedGrams || before.SpoolId != after.SpoolId
            || before.Category != after.Category || before.CustomerId != after.CustomerId;
        var frozen = !job.IsOpen && costRelevant && await costRevisions.GetLatestAsync(job.Id, cancellationToken) is not null;
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (frozen && reason is null)
        {
            throw ValidationException.ForField(nameof(request.Reason),
                "This job's cost is frozen: say why you correct it (the reason is kept with the new cost version).");
        }

        if (before != after)
        {
            job.UpdatedAt = now;
            var description = Describe(before, after) + (frozen ? " Reason: " + reason : string.Empty);
            await jobs.SaveEditsAsync(job, new JobEventRecord(job.Id, JobEventKind.Edited, now, description), cancellationToken);
            await audit.WriteAsync(new AuditEntry(user.Actor, frozen ? "job.corrected" : "job.edited", "job", job.Id.ToString("D"), before, new { after.Category, after.CustomerId, after.Notes, after.MaterialUsedGrams, after.SpoolId, Reason = reason }), cancellationToken);
            if (!job.IsOpen && (before.MaterialUsedGrams != after.MaterialUsedGrams || before.SpoolId != after.SpoolId))
            {
                await mediator.Publish(new PrintJobMaterialEdited(job.Id, user.Actor), cancellationToken);
            }


            // A frozen cost is never rewritten: what changes the cost (or the category, business.md §3) is a new revision.
            if (frozen)
            {
                await costs.CorrectAsync(job, reason!, user.Actor, rates: null, cancellationToken);
            }
        }

        var printer = await printers.GetAsync(job.PrinterId, cancellationToken);
        var dto = JobDto.From(job, printer?.Name, now, await costs.CurrentAsync(job, cancellationToken));
        realtime.Publish("job.updated", dto, job.Id.ToString("D"));
        return dto;
    }

    private static EditableFields Snapshot(PrintJob job) => new(job.Category, job.CustomerId, job.Notes, job.MaterialUsedGrams, job.SpoolId);

    private static string Describe(EditableFields before, EditableFields after)
    {
        var changes = new List<string>();
        if (before.Category != after.Category)
        {
            changes.Add($"category {before.Category} → {after.Category}");
        }

        if (before.CustomerId != after.CustomerId)
        {
            changes.Add("customer");
        }

        if (before.Notes != after.Notes)
        {
            changes.Add("notes");
        }

        if (before.MaterialUsedGrams != after.MaterialUsedGrams)
        {
            changes.Add("material used");
        }

        if (before.SpoolId != after.SpoolId)
        {
            changes.Add("spool");
        }

        return "Changed " + string.Join(", ", changes).ToLowerInvariant() + ".";
    }

    private sealed record EditableFields(JobCategory Category, Guid? CustomerId, string? Notes, decimal? MaterialUsedGrams, Guid? SpoolId);
}
