namespace Printernizer.Application.Materials;

public sealed record MaterialFilter(string? Type, string? Brand, bool? LowStock);
