using MediatR;

namespace Printernizer.Application.Access.Queries.GetSetupStatus;

public sealed class GetSetupStatusQueryHandler(IAccessRepository access) : IRequestHandler<GetSetupStatusQuery, SetupStatusDto>
{
    public async Task<SetupStatusDto> Handle(GetSetupStatusQuery request, CancellationToken cancellationToken) =>
        new(!await access.AnyAdminAsync(cancellationToken));
}
