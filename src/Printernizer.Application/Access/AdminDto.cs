namespace Printernizer.Application.Access;

/// <summary>The signed-in admin.</summary>
public sealed record AdminDto(Guid Id, string Username);
