using MediatR;

namespace Printernizer.Application.Access.Commands.RevokeApiKey;

/// <summary>Deletes an API key: it stops working at once.</summary>
public sealed record RevokeApiKeyCommand(Guid Id) : IRequest;
