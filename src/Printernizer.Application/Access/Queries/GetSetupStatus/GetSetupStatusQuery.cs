using MediatR;

namespace Printernizer.Application.Access.Queries.GetSetupStatus;

/// <summary>Whether the first-run setup (admin account) is still to be done.</summary>
public sealed record GetSetupStatusQuery : IRequest<SetupStatusDto>;

/// <summary><c>setupRequired</c> is true until the first admin exists.</summary>
public sealed record SetupStatusDto(bool SetupRequired);
