using MediatR;
using Microsoft.Extensions.Logging;

namespace Printernizer.Application.Common.Behaviours;

/// <summary>Logs each request's name at debug level (never its content: requests may carry secrets).</summary>
// MediatR 5.x passes the cancellation token before `next`.
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<TRequest> logger) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        logger.LogDebug("Handling {Request}", typeof(TRequest).Name);
        return next();
    }
}
