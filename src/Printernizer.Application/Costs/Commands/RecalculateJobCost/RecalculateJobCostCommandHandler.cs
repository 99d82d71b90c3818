using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Jobs;

namespace Printernizer.Application.Costs.Commands.RecalculateJobCost;

public sealed class RecalculateJobCostCommandHandler(
    IJobRepository jobs,
    ICostSettingsRepository settings,
    JobCostService costs,
    ICurrentUser user) : IRequestHandler<RecalculateJobCostCommand, JobCostVersionDto>
{
    public async Task<JobCostVersionDto> Handle(RecalculateJobCostCommand request, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Job", request.Id);
        var rates = (await settings.GetRatesAsync(cancellationToken)).Value;
        var snapshot = await costs.CorrectAsync(job, request.Reason!.Trim(), user.Actor, rates, cancellationToken);
        return JobCostVersions.ToDto(snapshot, superseded: false, job.Category);
    }
}
