namespace Printernizer.Application.Analytics.Queries.GetByMonth;

public sealed class GetAnalyticsByMonthQueryValidator : AnalyticsQueryValidator<GetAnalyticsByMonthQuery>;
