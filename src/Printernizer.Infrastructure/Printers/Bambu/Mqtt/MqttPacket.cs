namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>One decoded MQTT 3.1.1 control packet.</summary>
public abstract record MqttPacket
{
    public abstract MqttPacketType Type { get; }
}
