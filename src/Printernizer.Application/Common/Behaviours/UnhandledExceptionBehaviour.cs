using MediatR;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Common.Behaviours;

/// <summary>Logs exceptions that are not one of the expected application exceptions, then rethrows.</summary>
// MediatR 5.x passes the cancellation token before `next`.
public sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(ILogger<TRequest> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception ex) when (!IsExpected(ex) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Request {Request} failed unexpectedly", typeof(TRequest).Name);
            throw;
        }
    }

    private static bool IsExpected(Exception ex) => ex is ValidationException or NotFoundException or ConflictException
        or ForbiddenAccessException or BusinessRuleException or PrinterCommunicationException or OperationCanceledException;
}
