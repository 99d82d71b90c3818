namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>Base class of every error the MQTT client raises.</summary>
public class MqttException : Exception
{
    public MqttException()
    {
    }

    public MqttException(string message)
        : base(message)
    {
    }

    public MqttException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
