using MediatR;
using Printernizer.Application.Common.Models;
using Printernizer.Domain.Files;

namespace Printernizer.Application.Files.Queries.ListFiles;

/// <summary><c>GET /api/v1/files</c>: the combined list with filters, search, sorting and paging.</summary>
public sealed record ListFilesQuery : IRequest<PagedList<FileDto>>
{
    public Guid? PrinterId { get; init; }

    /// <example>downloaded</example>
    public FileStatus? Status { get; init; }

    /// <summary><c>gcode</c>, <c>bgcode</c>, <c>3mf</c>, <c>stl</c> or <c>other</c>.</summary>
    /// <example>3mf</example>
    public string? Type { get; init; }

    /// <summary>Part of the file name or path (case-insensitive).</summary>
    /// <example>benchy</example>
    public string? Search { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;

    /// <summary><c>name</c>, <c>sizeBytes</c>, <c>modifiedAt</c>, <c>status</c>, <c>type</c>, <c>printerName</c>, <c>downloadedAt</c>; prefix <c>-</c> for descending.</summary>
    /// <example>-modifiedAt</example>
    public string? Sort { get; init; }

    public static readonly IReadOnlySet<string> SortFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "sizeBytes", "modifiedAt", "status", "type", "printerName", "downloadedAt",
    };

    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal) { "gcode", "bgcode", "3mf", "stl", "other" };
}
