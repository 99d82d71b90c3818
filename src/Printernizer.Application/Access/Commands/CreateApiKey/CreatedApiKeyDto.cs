using Printernizer.Domain.Access;

namespace Printernizer.Application.Access.Commands.CreateApiKey;

/// <summary>A new API key. <see cref="Key"/> is shown only here: store it now.</summary>
public sealed record CreatedApiKeyDto(Guid Id, string Name, IReadOnlyList<ApiKeyScope> Scopes, string Key);
