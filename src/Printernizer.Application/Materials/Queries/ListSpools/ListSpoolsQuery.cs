using MediatR;
using Printernizer.Application.Common.Models;

namespace Printernizer.Application.Materials.Queries.ListSpools;

/// <summary><c>GET /api/v1/spools?materialId&amp;type&amp;brand&amp;archived&amp;lowStock&amp;printerId&amp;page&amp;pageSize</c>.</summary>
public sealed record ListSpoolsQuery : IRequest<PagedList<SpoolDto>>
{
    public Guid? MaterialId { get; init; }

    /// <example>PLA</example>
    public string? Type { get; init; }

    /// <example>Bambu Lab</example>
    public string? Brand { get; init; }

    /// <summary>Default false (shelf and loaded spools); true lists archived spools only.</summary>
    public bool? Archived { get; init; } = false;

    /// <summary>true: spools below their material's low-stock threshold.</summary>
    public bool? LowStock { get; init; }

    /// <summary>Spools loaded in this printer.</summary>
    public Guid? PrinterId { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
