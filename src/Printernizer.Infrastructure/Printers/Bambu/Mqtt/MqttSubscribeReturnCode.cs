namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>SUBACK return codes: the granted QoS or <see cref="Failure"/> (0x80).</summary>
public enum MqttSubscribeReturnCode : byte
{
    GrantedQos0 = 0,
    GrantedQos1 = 1,
    GrantedQos2 = 2,
    Failure = 0x80,
}
