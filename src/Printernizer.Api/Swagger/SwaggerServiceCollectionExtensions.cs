using System.Reflection;
using Microsoft.OpenApi;

namespace Printernizer.Api.Swagger;

public static class SwaggerServiceCollectionExtensions
{
    /// <summary>OpenAPI document with both auth schemes, XML-comment examples and the error responses of every action.</summary>
    public static IServiceCollection AddPrinternizerSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Printernizer API",
                Version = "v1",
                Description =
                    "Print management for Bambu Lab and Prusa printers: live status, jobs, files, costs and exports.\n\n" +
                    "Authenticate with the SPA's session cookie (POST /api/v1/auth/login) or an API key in the `X-Api-Key` header " +
                    "(create one under /api/v1/api-keys). Scopes: `read`, `export`, `control`, `admin` (admin includes all).\n\n" +
                    "Errors are RFC 9457 `application/problem+json` with `type`, `title`, `status`, `detail`, `traceId`; " +
                    "validation errors add `errors: { field: [messages] }`.",
            });
            o.AddSecurityDefinition("ApiKey", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "An API key created under /api/v1/api-keys (shown once).",
            });
            o.AddSecurityDefinition("Cookie", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "printernizer.session",
                Description = "The session cookie set by POST /api/v1/auth/login (used by the web client).",
            });
            o.SupportNonNullableReferenceTypes();
            o.CustomSchemaIds(SchemaId);
            foreach (var assembly in new[] { typeof(Program).Assembly, typeof(Application.DependencyInjection).Assembly, typeof(Domain.Printers.Printer).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
                if (File.Exists(xml))
                {
                    o.IncludeXmlComments(xml, includeControllerXmlComments: assembly == typeof(Program).Assembly);
                }
            }

            // After the XML comments: these filters append to the descriptions those set.
            o.OperationFilter<AuthResponsesOperationFilter>();
            o.OperationFilter<QueryParametersOperationFilter>();
            _ = Assembly.GetExecutingAssembly();
        });
        return services;
    }

    /// <summary>Short, stable schema names: <c>JobDto</c>, <c>PagedListOfJobDto</c>.</summary>
    internal static string SchemaId(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return name + "Of" + string.Join("And", type.GetGenericArguments().Select(SchemaId));
    }
}
