using MediatR;
using Printernizer.Domain.Access;

namespace Printernizer.Application.Access.Commands.CreateApiKey;

/// <summary>Creates an API key; the key is in the response only.</summary>
public sealed record CreateApiKeyCommand : IRequest<CreatedApiKeyDto>
{
    /// <example>Buchhaltung Export</example>
    public string? Name { get; init; }

    /// <summary><c>read</c>, <c>export</c>, <c>control</c>, <c>admin</c>.</summary>
    /// <example>["read","export"]</example>
    public IReadOnlyList<ApiKeyScope>? Scopes { get; init; }
}
