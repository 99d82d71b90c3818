using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Jobs.Queries.GetJob;

public sealed class GetJobQueryHandler(IJobQueries queries) : IRequestHandler<GetJobQuery, JobDetailDto>
{
    public async Task<JobDetailDto> Handle(GetJobQuery request, CancellationToken cancellationToken) =>
        await queries.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Job", request.Id);
}
