namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>PUBLISH. <see cref="PacketId"/> is 0 for QoS 0.</summary>
public sealed record MqttPublishPacket(
    string Topic,
    ReadOnlyMemory<byte> Payload,
    MqttQualityOfService Qos = MqttQualityOfService.AtMostOnce,
    bool Retain = false,
    bool Dup = false,
    ushort PacketId = 0) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Publish;
}
