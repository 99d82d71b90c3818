namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>PUBACK, PUBREC, PUBREL, PUBCOMP and UNSUBACK: a type and a packet identifier only.</summary>
public sealed record MqttPacketIdPacket : MqttPacket
{
    public MqttPacketIdPacket(MqttPacketType type, ushort packetId)
    {
        if (type is not (MqttPacketType.PubAck or MqttPacketType.PubRec or MqttPacketType.PubRel or MqttPacketType.PubComp or MqttPacketType.UnsubAck))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not a packet-identifier-only packet type.");
        }

        Type = type;
        PacketId = packetId;
    }

    public override MqttPacketType Type { get; }

    public ushort PacketId { get; }
}
