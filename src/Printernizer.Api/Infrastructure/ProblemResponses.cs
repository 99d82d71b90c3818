using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Printernizer.Api.Infrastructure;

/// <summary>RFC 9457 problem details as shared/api.md describes them: type, title, status, detail, traceId (+ errors).</summary>
public static class ProblemResponses
{
    public static string TypeFor(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        502 => "https://tools.ietf.org/html/rfc9110#section-15.6.3",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "about:blank",
    };

    /// <summary>Adds traceId, a type and a helpful default detail to every problem the framework writes.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        if (string.IsNullOrEmpty(problem.Type) || problem.Type.StartsWith("https://tools.ietf.org/html/rfc9110", StringComparison.Ordinal))
        {
            problem.Type = TypeFor(status);
        }

        if (string.IsNullOrEmpty(problem.Title))
        {
            problem.Title = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        }

        problem.Detail ??= status switch
        {
            401 => "Sign in, or send a valid API key in the X-Api-Key header.",
            403 => ForbiddenDetail(context.HttpContext),
            404 => "There is nothing at this address.",
            405 => "This address does not support the HTTP method used.",
            429 => "Too many attempts. Wait a minute and try again.",
            _ => null,
        };
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        problem.Instance = null;
    }

    /// <summary>A 403 that names the scope the API key lacks, e.g. "This needs the API key scope 'export'."</summary>
    private static string ForbiddenDetail(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata ?? new EndpointMetadataCollection();
        var missing = Security.ScopePolicies.MissingScopes(metadata, context.User);
        return missing.Count switch
        {
            0 => "Your API key does not have the scope this needs.",
            1 => $"This needs the API key scope '{missing[0]}', which your key does not have. Create a key with it under Settings → API keys.",
            _ => $"This needs the API key scopes {string.Join(" and ", missing.Select(s => $"'{s}'"))}, which your key does not have. Create a key with them under Settings → API keys.",
        };
    }

    /// <summary>Model-binding failures (malformed JSON, wrong types) as a 400 with camelCase field errors.</summary>
    public static IActionResult FromModelState(ActionContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var field = NormalizeKey(key, context);
            var messages = entry.Errors
                .Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "The value is not valid." : Simplify(e.ErrorMessage, field))
                .ToArray();
            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, .. messages] : messages;
        }

        // "A JSON body is required" is noise when the body was there but could not be read.
        if (errors.TryGetValue("body", out var bodyErrors))
        {
            var rest = bodyErrors.Where(m => m != BodyRequired).ToArray();
            if (rest.Length > 0)
            {
                errors["body"] = rest;
            }
            else if (errors.Count > 1)
            {
                errors.Remove("body");
            }
        }

        var problem = new ValidationProblemDetails(errors)
        {
            Status = 400,
            Type = TypeFor(400),
            Title = "One or more validation errors occurred.",
            Detail = "The request body or parameters could not be read. See errors for each field.",
        };
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        return new ProblemJsonResult(problem);
    }

    private static string NormalizeKey(string key, ActionContext context)
    {
        if (key.StartsWith("$.", StringComparison.Ordinal))
        {
            key = key[2..];
        }

        if (key is "$" or "" || context.ActionDescriptor.Parameters.Any(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)))
        {
            return "body";
        }

        return key.Length > 0 ? char.ToLowerInvariant(key[0]) + key[1..] : key;
    }

    /// <summary>Writes a problem as application/problem+json (an ObjectResult would be re-typed by [Produces]).</summary>
    private sealed class ProblemJsonResult(ProblemDetails problem) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.StatusCode = problem.Status ?? 400;
            response.ContentType = "application/problem+json; charset=utf-8";
            await System.Text.Json.JsonSerializer.SerializeAsync(response.Body, problem, problem.GetType(),
                Printernizer.Infrastructure.Serialization.JsonDefaults.Options, context.HttpContext.RequestAborted);
        }
    }

    private const string BodyRequired = "A JSON body is required.";

    private static string Simplify(string message, string field)
    {
        if (field == "body" && message.Contains("field is required", StringComparison.Ordinal))
        {
            return BodyRequired;
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "This value has the wrong type or is not one of the allowed values.";
        }

        // System.Text.Json messages name CLR types; keep them readable for people.
        var index = message.IndexOf(" Path:", StringComparison.Ordinal);
        return index > 0 ? message[..index] : message;
    }
}
