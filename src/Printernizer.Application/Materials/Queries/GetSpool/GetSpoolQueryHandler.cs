using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Materials.Queries.GetSpool;

public sealed class GetSpoolQueryHandler(ISpoolRepository spools) : IRequestHandler<GetSpoolQuery, SpoolDto>
{
    public async Task<SpoolDto> Handle(GetSpoolQuery request, CancellationToken cancellationToken) =>
        await spools.GetDtoAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Spool", request.Id);
}
