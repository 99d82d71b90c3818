namespace Printernizer.Application.Materials;

public sealed record SpoolFilter(Guid? MaterialId, string? Type, string? Brand, bool? Archived, bool? LowStock, Guid? PrinterId, int Page, int PageSize);
