using MediatR;

namespace Printernizer.Application.Jobs;

/// <summary>Someone changed the material used or the spool of a job that has already ended (re-book its consumption).</summary>
public sealed record PrintJobMaterialEdited(Guid JobId, string Actor) : INotification;
