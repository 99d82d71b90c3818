using System.Security.Cryptography;
using System.Text;

namespace Printernizer.Application.Access;

/// <summary>
/// API keys are 256-bit random secrets, so a plain SHA-256 is a sufficient at-rest hash (no KDF needed:
/// there is nothing to brute-force). Format: <c>pzk_</c> + 43 base64url characters.
/// </summary>
public static class ApiKeyHashing
{
    public const string KeyPrefix = "pzk_";

    public static string NewKey() => KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
