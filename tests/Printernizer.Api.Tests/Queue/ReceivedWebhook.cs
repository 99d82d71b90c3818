using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Printernizer.Api.Tests.Queue;

/// <summary>One POST as the receiver saw it (raw body bytes).</summary>
public sealed record ReceivedWebhook(string? Event, string? Signature, string? DeliveryId, byte[] Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>What an ERP does: HMAC-SHA256 over the raw body with the shared secret, compared in constant time.</summary>
    public bool SignatureValid(string secret)
    {
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Body));
        return Signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Signature));
    }
}
