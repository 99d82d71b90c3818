using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Printernizer.Api.Swagger;

/// <summary>
/// Query parameters as the README and api.md spell them: camelCase (<c>from</c>, <c>printerId</c>; binding is
/// case-insensitive). Date parameters say which forms they accept (ISO and German) and carry no example, so "Try it
/// out" sends nothing and gets the defaults (the current month, no filter) — data rather than an empty old month.
/// </summary>
public sealed class QueryParametersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null)
        {
            return;
        }

        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            if (!string.IsNullOrEmpty(parameter.Name) && char.IsUpper(parameter.Name[0]))
            {
                parameter.Name = char.ToLowerInvariant(parameter.Name[0]) + parameter.Name[1..];
            }

            var type = context.ApiDescription.ParameterDescriptions
                .FirstOrDefault(d => string.Equals(d.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))?.Type;
            type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(DateOnly))
            {
                parameter.Description = (string.IsNullOrWhiteSpace(parameter.Description) ? string.Empty : parameter.Description + " ") +
                    "A Berlin-local date, ISO `2026-12-07` or German `07.12.2026` (never month/day). Empty: see the operation's default.";
                parameter.Example = null;
                if (parameter.Schema is OpenApiSchema schema)
                {
                    schema.Examples = null;
                    schema.Format = null;
                    schema.Pattern = @"^(\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4})$";
                }
            }
        }
    }
}
