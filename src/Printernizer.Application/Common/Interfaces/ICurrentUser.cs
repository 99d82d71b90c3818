namespace Printernizer.Application.Common.Interfaces;

/// <summary>Who is making the current request (admin user or API key name), for the audit log.</summary>
public interface ICurrentUser
{
    /// <summary>the account's user name (e.g. "admin"), "api-key:&lt;name&gt;" or "system".</summary>
    string Actor { get; }
}
