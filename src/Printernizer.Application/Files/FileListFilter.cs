using Printernizer.Domain.Files;

namespace Printernizer.Application.Files;

/// <summary>Validated filter of the combined list.</summary>
public sealed record FileListFilter(Guid? PrinterId, FileStatus? Status, string? Type, string? Search, int Page, int PageSize, string Sort);
