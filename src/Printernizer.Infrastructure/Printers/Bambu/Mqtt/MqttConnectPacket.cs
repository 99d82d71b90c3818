namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>CONNECT (protocol name "MQTT", level 4).</summary>
public sealed record MqttConnectPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Connect;

    public required string ClientId { get; init; }

    public string? UserName { get; init; }

    public ReadOnlyMemory<byte>? Password { get; init; }

    public ushort KeepAliveSeconds { get; init; }

    public bool CleanSession { get; init; } = true;

    public MqttWillMessage? Will { get; init; }
}
