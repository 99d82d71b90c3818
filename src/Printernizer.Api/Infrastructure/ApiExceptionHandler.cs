using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Api.Infrastructure;

/// <summary>The one place that turns application exceptions into problem+json. 500s never show internals.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true; // the client went away; nobody is listening
        }

        var (status, title, detail) = exception switch
        {
            ValidationException => (400, "One or more validation errors occurred.", "See errors for each field."),
            UnauthorizedException e => (401, "Unauthorized", e.Message),
            ForbiddenAccessException e => (403, "Forbidden", e.Message),
            NotFoundException e => (404, "Not found", e.Message),
            ConflictException e => (409, "Conflict", e.Message),
            BusinessRuleException e => (422, e.Title ?? "Business rule violated", e.Message),
            PrinterCommunicationException { Unreachable: true } e => (503, "Printer unreachable", e.Message),
            PrinterCommunicationException e => (502, "Printer refused the request", e.Message),
            BadHttpRequestException e => (e.StatusCode, "Bad request", e.Message),
            _ => (500, "An unexpected error occurred.", "The error was logged. Try again, and report it if it persists."),
        };

        if (status == 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        ProblemDetails problem = exception switch
        {
            ValidationException validation => new ValidationProblemDetails(validation.Errors) { Title = title, Detail = detail },
            BusinessRuleException { Errors.Count: > 0 } rule => new ValidationProblemDetails(rule.Errors) { Title = title, Detail = detail },
            _ => new ProblemDetails { Title = title, Detail = detail },
        };
        problem.Status = status;
        problem.Type = ProblemResponses.TypeFor(status);
        if (exception is ConflictException conflict)
        {
            foreach (var (key, value) in conflict.Extensions)
            {
                problem.Extensions[key] = value;
            }
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
