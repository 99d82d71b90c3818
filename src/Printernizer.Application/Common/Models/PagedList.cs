namespace Printernizer.Application.Common.Models;

/// <summary>A page of a list: <c>{ items, page, pageSize, totalCount }</c> as in shared/api.md.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount);
