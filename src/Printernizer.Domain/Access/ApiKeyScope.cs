namespace Printernizer.Domain.Access;

/// <summary>What an API key may do. <see cref="Admin"/> includes every other scope.</summary>
public enum ApiKeyScope
{
    Read,
    Export,
    Control,
    Admin,
}
