using MediatR;

namespace Printernizer.Application.Files.Queries.GetFileStatistics;

/// <summary>Counts and bytes by status and printer, download totals.</summary>
public sealed record GetFileStatisticsQuery : IRequest<FileStatisticsDto>;
