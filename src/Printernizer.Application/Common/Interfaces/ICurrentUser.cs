namespace Printernizer.Application.Common.Interfaces;

/// <summary>Who is making the current request (admin user or API key name), for the audit log.</summary>
public interface ICurrentUser
{
    /// <summary>"admin:&lt;name&gt;", "api-key:&lt;name&gt;" or "system".</summary>
    string Actor { get; }
}
