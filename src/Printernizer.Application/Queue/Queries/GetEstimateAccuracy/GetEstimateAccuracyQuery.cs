using MediatR;

namespace Printernizer.Application.Queue.Queries.GetEstimateAccuracy;

/// <summary><c>GET /api/v1/analytics/estimates</c>.</summary>
public sealed record GetEstimateAccuracyQuery : IRequest<LearnedEstimateAccuracyDto>;
