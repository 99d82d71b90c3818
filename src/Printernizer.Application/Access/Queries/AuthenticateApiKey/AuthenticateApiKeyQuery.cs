using MediatR;

namespace Printernizer.Application.Access.Queries.AuthenticateApiKey;

/// <summary>Looks up the key presented in <c>X-Api-Key</c>; null when unknown.</summary>
public sealed record AuthenticateApiKeyQuery(string Key) : IRequest<ApiKeyDto?>;
