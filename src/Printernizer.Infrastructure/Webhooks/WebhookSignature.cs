using System.Security.Cryptography;
using System.Text;

namespace Printernizer.Infrastructure.Webhooks;

/// <summary><c>X-Printernizer-Signature: sha256=&lt;hex&gt;</c>: HMAC-SHA256 of the raw body with the webhook's secret.</summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Printernizer-Signature";
    public const string EventHeader = "X-Printernizer-Event";
    public const string DeliveryHeader = "X-Printernizer-Delivery";

    public static string Compute(string secret, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>Constant-time check of a received signature header.</summary>
    public static bool Verify(string secret, byte[] body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, body)), Encoding.ASCII.GetBytes(header.Trim()));
}
