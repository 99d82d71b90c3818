namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>PINGREQ, PINGRESP and DISCONNECT: packets without a body.</summary>
public sealed record MqttEmptyPacket : MqttPacket
{
    public static readonly MqttEmptyPacket PingReq = new(MqttPacketType.PingReq);
    public static readonly MqttEmptyPacket PingResp = new(MqttPacketType.PingResp);
    public static readonly MqttEmptyPacket Disconnect = new(MqttPacketType.Disconnect);

    public MqttEmptyPacket(MqttPacketType type)
    {
        if (type is not (MqttPacketType.PingReq or MqttPacketType.PingResp or MqttPacketType.Disconnect))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not an empty packet type.");
        }

        Type = type;
    }

    public override MqttPacketType Type { get; }
}
