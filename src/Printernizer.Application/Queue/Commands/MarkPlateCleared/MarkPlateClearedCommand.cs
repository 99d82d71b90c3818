using MediatR;

namespace Printernizer.Application.Queue.Commands.MarkPlateCleared;

/// <summary><c>POST /api/v1/printers/{id}/plate-cleared</c>: someone confirmed the printer's plate is empty.</summary>
public sealed record MarkPlateClearedCommand(Guid PrinterId) : IRequest<PlateState>;
