namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>MQTT delivery guarantee.</summary>
public enum MqttQualityOfService : byte
{
    AtMostOnce = 0,
    AtLeastOnce = 1,
    ExactlyOnce = 2,
}
