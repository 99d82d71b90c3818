using Microsoft.Extensions.FileProviders;

namespace Printernizer.Api.Infrastructure;

/// <summary>
/// Serves the built SPA (web-client → wwwroot) with history fallback: any non-API path without a file returns
/// index.html. Looks for wwwroot next to the binaries (published) or in src/Printernizer.Api (development).
/// </summary>
public static class SpaHosting
{
    public static string? FindSpaRoot(IConfiguration configuration)
    {
        if (configuration["Printernizer:SpaRoot"] is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(beside, "index.html")))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Printernizer.Api", "wwwroot");
            if (File.Exists(Path.Combine(candidate, "index.html")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Rewrites <c>&lt;base href="/"&gt;</c> to the request's path base (reverse proxy prefix or Home Assistant ingress),
    /// so the SPA's relative asset and API URLs resolve under the prefix.
    /// </summary>
    public static string WithBase(string html, PathString pathBase)
    {
        var prefix = pathBase.HasValue ? pathBase.Value!.TrimEnd('/') + "/" : "/";
        var encoded = System.Net.WebUtility.HtmlEncode(prefix);
        return html.Replace("<base href=\"/\"", "<base href=\"" + encoded + "\"", StringComparison.Ordinal);
    }

    public static void UseSpaStaticFiles(WebApplication app)
    {
        var root = FindSpaRoot(app.Configuration);
        if (root is null)
        {
            app.Logger.LogWarning("The web client is not built (no wwwroot/index.html); only the API is served. Run the start command to build it.");
            return;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = ctx =>
            {
                // Hashed assets are immutable; index.html must always be revalidated.
                ctx.Context.Response.Headers.CacheControl = ctx.File.Name == "index.html" ? "no-cache" : "public, max-age=31536000, immutable";
            },
        });
    }

    public static void MapSpaFallback(WebApplication app)
    {
        var root = FindSpaRoot(app.Configuration);
        app.MapFallback(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.Equals("/api", StringComparison.OrdinalIgnoreCase) ||
                root is null || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            var html = await File.ReadAllTextAsync(Path.Combine(root, "index.html"), context.RequestAborted);
            await context.Response.WriteAsync(WithBase(html, context.Request.PathBase), context.RequestAborted);
        }).AllowAnonymous();
    }
}
