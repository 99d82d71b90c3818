namespace Printernizer.Domain.Access;

/// <summary>The SPA's administrator account (created by the first-run setup).</summary>
public sealed class AdminUser
{
    public Guid Id { get; init; }
    public required string Username { get; init; }
    public required string PasswordHash { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
