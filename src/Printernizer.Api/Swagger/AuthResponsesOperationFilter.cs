using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Printernizer.Api.Swagger;

/// <summary>
/// Marks protected operations with both security schemes, states the scope each needs in its description, and adds
/// their 401/403 problem responses (the 403 names the scope).
/// </summary>
public sealed class AuthResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", context.Document)] = [] });
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Cookie", context.Document)] = [] });

        var scopes = Security.ScopePolicies.RequiredScopes(metadata);
        var scopeText = scopes.Count == 0 ? "any signed-in user or API key" : string.Join(" and ", scopes.Select(s => $"`{s}`"));
        var note = scopes.Count == 0
            ? "**Scope:** none beyond being signed in (any API key)."
            : $"**Scope:** {scopeText} (API key; `admin` includes every scope, a signed-in admin has all).";
        operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? note : operation.Description + "\n\n" + note;

        operation.Responses ??= new OpenApiResponses();
        AddProblem(operation, context, "401", "Not signed in, or the X-Api-Key is missing or wrong.");
        AddProblem(operation, context, "403", scopes.Count == 0
            ? "Forbidden."
            : $"The API key lacks the scope {scopeText}; `detail` names the missing scope.");
    }

    private static void AddProblem(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        var schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
        };
    }
}
