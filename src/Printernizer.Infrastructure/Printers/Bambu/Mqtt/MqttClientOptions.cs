using System.Net.Security;
using System.Security.Authentication;

namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>Everything <see cref="MqttClient"/> needs for one connection.</summary>
public sealed record MqttClientOptions
{
    /// <summary>Default maximum Remaining Length of an incoming packet (1 MiB).</summary>
    public const int DefaultMaxPacketSize = 1024 * 1024;

    public required string Host { get; init; }

    public int Port { get; init; } = 1883;

    public required string ClientId { get; init; }

    public string? UserName { get; init; }

    /// <summary>Password (UTF-8 encoded on the wire). Never logged.</summary>
    public string? Password { get; init; }

    /// <summary>Keep-alive interval; <see cref="TimeSpan.Zero"/> disables PINGREQ and the dead-connection check.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    public bool CleanSession { get; init; } = true;

    public MqttWillMessage? Will { get; init; }

    /// <summary>Use TLS (SslStream). False = plain TCP (e.g. a local Home Assistant broker).</summary>
    public bool UseTls { get; init; }

    /// <summary>TLS target host (SNI and session cache key); defaults to <see cref="Host"/>.</summary>
    public string? TlsTargetHost { get; init; }

    /// <summary>TLS versions offered. Default TLS 1.2 and 1.3.</summary>
    public SslProtocols TlsProtocols { get; init; } = SslProtocols.Tls12 | SslProtocols.Tls13;

    /// <summary>Certificate check supplied by the caller; null = the platform's default validation.</summary>
    public RemoteCertificateValidationCallback? CertificateValidation { get; init; }

    /// <summary>Maximum Remaining Length of an incoming packet; larger packets end the connection.</summary>
    public int MaxPacketSize { get; init; } = DefaultMaxPacketSize;

    /// <summary>Timeout for TCP connect + TLS handshake + CONNACK.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for PUBACK/SUBACK/UNSUBACK before retrying (PUBLISH) or failing.</summary>
    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a QoS 1 PUBLISH is re-sent with DUP after <see cref="AckTimeout"/>.</summary>
    public int MaxPublishRetries { get; init; } = 2;

    /// <summary>Capacity of the incoming message channel; when full the reader waits (TCP back-pressure).</summary>
    public int IncomingCapacity { get; init; } = 1024;

    /// <summary>For logs: never includes the password.</summary>
    public override string ToString() => $"mqtt{(UseTls ? "s" : string.Empty)}://{Host}:{Port} as '{ClientId}'";
}
