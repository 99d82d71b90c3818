using MediatR;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue.Queries.GetEstimateAccuracy;

public sealed class GetEstimateAccuracyQueryHandler(IEstimateHistory history) : IRequestHandler<GetEstimateAccuracyQuery, LearnedEstimateAccuracyDto>
{
    public async Task<LearnedEstimateAccuracyDto> Handle(GetEstimateAccuracyQuery request, CancellationToken cancellationToken)
    {
        var samples = await history.ListAsync(PrintQueueService.HistoryLimit, cancellationToken);
        var learner = new EstimateLearner();
        var accuracy = learner.Evaluate(samples);
        return new LearnedEstimateAccuracyDto
        {
            Jobs = accuracy.Jobs,
            SlicerMapePercent = accuracy.SlicerMape,
            LearnedMapePercent = accuracy.LearnedMape,
            Printers = samples.GroupBy(s => s.PrinterId)
                .Select(g => new PrinterEstimateFactorDto { PrinterId = g.Key, Factor = Math.Round(learner.Factor(g, g.Key, null), 3), Samples = g.Count() })
                .ToList(),
        };
    }
}
