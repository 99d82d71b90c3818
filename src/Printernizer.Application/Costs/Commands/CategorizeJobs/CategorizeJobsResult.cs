namespace Printernizer.Application.Costs.Commands.CategorizeJobs;

/// <summary>How many jobs changed category and how many were already in it.</summary>
/// <param name="Updated">Jobs whose category changed. <example>3</example></param>
/// <param name="Unchanged">Jobs that already had the category. <example>1</example></param>
public sealed record CategorizeJobsResult(int Updated, int Unchanged);
