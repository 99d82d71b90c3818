namespace Printernizer.Api.Controllers;

/// <summary>The current identity: user name (or key name), how it signed in, its scopes.</summary>
public sealed record MeDto(string Username, string Method, IReadOnlyList<string> Scopes);
