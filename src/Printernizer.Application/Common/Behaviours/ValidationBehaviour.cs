using FluentValidation;
using MediatR;
using ValidationException = Printernizer.Application.Common.Exceptions.ValidationException;

namespace Printernizer.Application.Common.Behaviours;

/// <summary>Runs every FluentValidation validator of the request; any failure becomes a 400 with field errors.</summary>
// MediatR 5.x passes the cancellation token before `next`.
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next();
    }
}
