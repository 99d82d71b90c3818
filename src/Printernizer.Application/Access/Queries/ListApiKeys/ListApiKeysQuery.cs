using MediatR;

namespace Printernizer.Application.Access.Queries.ListApiKeys;

/// <summary>All API keys (without the keys themselves).</summary>
public sealed record ListApiKeysQuery : IRequest<IReadOnlyList<ApiKeyDto>>;
