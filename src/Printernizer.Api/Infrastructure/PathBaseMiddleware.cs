namespace Printernizer.Api.Infrastructure;

/// <summary>
/// Serving under a path prefix: a fixed one behind a reverse proxy (<c>Printernizer:PathBase</c>, e.g.
/// <c>/printernizer</c>), or Home Assistant ingress, whose proxy strips its prefix and names it in the
/// <c>X-Ingress-Path</c> header (trusted only when <c>Printernizer:TrustIngressHeader</c> is true, as the add-on sets).
/// </summary>
public static class PathBaseMiddleware
{
    public const string IngressHeader = "X-Ingress-Path";

    public static void UsePrinternizerPathBase(this WebApplication app)
    {
        var fixedBase = app.Configuration["Printernizer:PathBase"];
        if (!string.IsNullOrWhiteSpace(fixedBase))
        {
            app.UsePathBase("/" + fixedBase.Trim().Trim('/'));
        }

        if (app.Configuration.GetValue("Printernizer:TrustIngressHeader", false))
        {
            app.Use((context, next) =>
            {
                var ingress = context.Request.Headers[IngressHeader].ToString();
                if (ingress.StartsWith('/') && !ingress.Contains("..", StringComparison.Ordinal) && ingress.Length < 512)
                {
                    context.Request.PathBase = new PathString(ingress.TrimEnd('/'));
                }

                return next(context);
            });
        }
    }
}
