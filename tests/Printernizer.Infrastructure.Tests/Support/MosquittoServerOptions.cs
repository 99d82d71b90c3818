namespace Printernizer.Infrastructure.Tests.Support;

/// <summary>Settings for <see cref="MosquittoServer"/>.</summary>
public sealed record MosquittoServerOptions
{
    /// <summary>Serve TLS (TLS 1.2) with this certificate; null = plain TCP.</summary>
    public ServerCertificate? TlsCertificate { get; init; }

    /// <summary>User name / password pairs written with mosquitto_passwd; empty = no password file.</summary>
    public IReadOnlyDictionary<string, string> Users { get; init; } = new Dictionary<string, string>();

    public bool AllowAnonymous { get; init; }

    /// <summary>Optional ACL file content (mosquitto acl_file syntax).</summary>
    public string? Acl { get; init; }

    /// <summary>Fixed port; 0 = pick a free loopback port.</summary>
    public int Port { get; init; }

    /// <summary>Extra lines appended to mosquitto.conf.</summary>
    public string? ExtraConfig { get; init; }
}
