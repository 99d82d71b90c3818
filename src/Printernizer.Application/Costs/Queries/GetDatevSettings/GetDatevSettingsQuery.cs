using MediatR;

namespace Printernizer.Application.Costs.Queries.GetDatevSettings;

/// <summary><c>GET /api/v1/settings/datev</c>.</summary>
public sealed record GetDatevSettingsQuery : IRequest<DatevSettingsDto>;
