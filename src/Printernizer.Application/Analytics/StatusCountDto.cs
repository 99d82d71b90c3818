using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Analytics;

/// <summary>Jobs of one status.</summary>
/// <param name="Status">The status. <example>completed</example></param>
/// <param name="Jobs">Number of jobs. <example>12</example></param>
public sealed record StatusCountDto(JobStatus Status, int Jobs);
