using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Printernizer.Api.Infrastructure;

/// <summary>
/// Binds <see cref="DateOnly"/> query and route values (<c>from</c>/<c>to</c> of exports, analytics, jobs) from exactly
/// two forms: ISO <c>2026-12-07</c> and German <c>07.12.2026</c> (also <c>7.12.2026</c>). Anything else — US
/// <c>12/07/2026</c>, <c>2026-13-01</c>, <c>13.13.2026</c> — is a 400 naming both forms; a date is never read as
/// month/day (the framework's invariant-culture parser would read <c>07.12.2026</c> as 12 July).
/// </summary>
public sealed class BerlinDateModelBinder : IModelBinder
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    public const string Hint = "Use ISO 2026-12-07 or German 07.12.2026.";

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Task.CompletedTask; // empty = not given (the default applies)
        }

        if (TryParse(text, out var date))
        {
            bindingContext.Result = ModelBindingResult.Success(date);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"'{text}' is not a date. {Hint}");
        }

        return Task.CompletedTask;
    }

    /// <summary>ISO or German, strictly (no other separators, no month/day order).</summary>
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

/// <summary>Uses <see cref="BerlinDateModelBinder"/> for every <see cref="DateOnly"/> and <c>DateOnly?</c> outside the body.</summary>
public sealed class BerlinDateModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type == typeof(DateOnly) && context.BindingInfo.BindingSource != BindingSource.Body ? new BerlinDateModelBinder() : null;
    }
}
