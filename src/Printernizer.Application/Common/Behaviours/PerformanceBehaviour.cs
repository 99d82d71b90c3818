using MediatR;
using Microsoft.Extensions.Logging;

namespace Printernizer.Application.Common.Behaviours;

/// <summary>Warns about requests slower than 500 ms.</summary>
// MediatR 5.x passes the cancellation token before `next`.
public sealed class PerformanceBehaviour<TRequest, TResponse>(ILogger<TRequest> logger, TimeProvider timeProvider)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly TimeSpan Threshold = TimeSpan.FromMilliseconds(500);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = timeProvider.GetTimestamp();
        var response = await next();
        var elapsed = timeProvider.GetElapsedTime(started);
        if (elapsed > Threshold)
        {
            logger.LogWarning("Slow request {Request}: {ElapsedMilliseconds} ms", typeof(TRequest).Name, (long)elapsed.TotalMilliseconds);
        }

        return response;
    }
}
