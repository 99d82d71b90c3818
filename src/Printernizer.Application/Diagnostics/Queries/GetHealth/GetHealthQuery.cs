using MediatR;

namespace Printernizer.Application.Diagnostics.Queries.GetHealth;

/// <summary>Liveness and a short overview for monitoring.</summary>
public sealed record GetHealthQuery : IRequest<HealthDto>;
