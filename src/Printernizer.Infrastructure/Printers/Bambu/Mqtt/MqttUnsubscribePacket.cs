namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>UNSUBSCRIBE.</summary>
public sealed record MqttUnsubscribePacket(ushort PacketId, IReadOnlyList<string> Filters) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Unsubscribe;
}
