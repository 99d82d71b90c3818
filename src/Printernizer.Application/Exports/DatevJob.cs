using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Exports;

/// <summary>A completed business or private job of a DATEV period with its latest cost revision.</summary>
public sealed record DatevJob(Guid JobId, string Name, JobCategory Category, DateTimeOffset EndedAt, CostSnapshot Cost);
