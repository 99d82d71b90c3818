namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>CONNACK.</summary>
public sealed record MqttConnAckPacket(bool SessionPresent, MqttConnectReturnCode ReturnCode) : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.ConnAck;
}
