using MediatR;

namespace Printernizer.Application.Materials.Commands.UnloadSpool;

/// <summary><c>POST /api/v1/spools/{id}/unload</c>: the spool is back on the shelf.</summary>
public sealed record UnloadSpoolCommand(Guid Id) : IRequest<SpoolDto>;
