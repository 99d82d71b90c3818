namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>SUBACK, one return code per requested filter.</summary>
public sealed record MqttSubAckPacket(ushort PacketId, IReadOnlyList<MqttSubscribeReturnCode> ReturnCodes) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.SubAck;
}
