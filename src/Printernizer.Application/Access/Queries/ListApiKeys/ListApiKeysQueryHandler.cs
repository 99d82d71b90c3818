using MediatR;

namespace Printernizer.Application.Access.Queries.ListApiKeys;

public sealed class ListApiKeysQueryHandler(IAccessRepository access) : IRequestHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async Task<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken) =>
        (await access.ListApiKeysAsync(cancellationToken)).Select(ApiKeyDto.From).ToList();
}
