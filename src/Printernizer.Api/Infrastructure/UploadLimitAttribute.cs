using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Printernizer.Application.Files;

namespace Printernizer.Api.Infrastructure;

/// <summary>
/// Applies the configured upload limit (<c>Printernizer:Files:MaxUploadBytes</c>) before the form is read: a declared
/// body above it is refused at once with 413, and the server stops reading a body that grows beyond it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitAttribute : Attribute, IResourceFilter, IOrderedFilter
{
    /// <summary>Room for the multipart boundaries and part headers around the file.</summary>
    public const long MultipartOverheadBytes = 64 * 1024;

    public int Order => -1000;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var limit = context.HttpContext.RequestServices.GetRequiredService<FilesOptions>().MaxUploadBytes;
        if (context.HttpContext.Request.ContentLength > limit + MultipartOverheadBytes)
        {
            throw new BadHttpRequestException(
                FormattableString.Invariant($"The file is larger than the upload limit of {limit} bytes."), StatusCodes.Status413PayloadTooLarge);
        }

        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + MultipartOverheadBytes;
        }

        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new Microsoft.AspNetCore.Http.Features.FormOptions
        {
            MultipartBodyLengthLimit = limit + MultipartOverheadBytes,
        }));
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
