namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>SUBSCRIBE.</summary>
public sealed record MqttSubscribePacket(ushort PacketId, IReadOnlyList<MqttTopicFilter> Filters) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Subscribe;
}
