using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Printernizer.Infrastructure.Security;

/// <summary>Encrypts printer secrets at rest with ASP.NET Core Data Protection (key ring in the data folder).</summary>
public sealed class PrinterSecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Printernizer.PrinterSecrets.v1");

    public string? Protect(string? secret) => string.IsNullOrEmpty(secret) ? null : _protector.Protect(secret);

    public string? Unprotect(string? cipherText)
    {
        if (string.IsNullOrEmpty(cipherText))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(cipherText);
        }
        catch (CryptographicException)
        {
            // The key ring was lost or replaced: the secret must be entered again (the API shows it as not set).
            return null;
        }
    }
}
