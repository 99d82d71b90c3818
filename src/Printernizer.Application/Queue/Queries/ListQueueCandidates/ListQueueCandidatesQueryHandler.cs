using MediatR;

namespace Printernizer.Application.Queue.Queries.ListQueueCandidates;

public sealed class ListQueueCandidatesQueryHandler(PrintQueueService service) : IRequestHandler<ListQueueCandidatesQuery, IReadOnlyList<QueueCandidateDto>>
{
    public async Task<IReadOnlyList<QueueCandidateDto>> Handle(ListQueueCandidatesQuery request, CancellationToken cancellationToken) =>
        await service.RankAsync(await service.GetAsync(request.Id, cancellationToken), cancellationToken);
}
