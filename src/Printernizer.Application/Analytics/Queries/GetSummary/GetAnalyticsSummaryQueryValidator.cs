namespace Printernizer.Application.Analytics.Queries.GetSummary;

public sealed class GetAnalyticsSummaryQueryValidator : AnalyticsQueryValidator<GetAnalyticsSummaryQuery>;
