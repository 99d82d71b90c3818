using Printernizer.Application.Common;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Exports;

/// <summary>Which jobs an export contains: those whose end (else start) lies in the Berlin period, optional filters.</summary>
public sealed record JobExportFilter(BerlinDateRange Period, JobCategory? Category, Guid? PrinterId);
