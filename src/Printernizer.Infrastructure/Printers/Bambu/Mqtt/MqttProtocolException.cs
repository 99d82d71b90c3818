namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>A malformed or unexpected packet (bad flags, bad lengths, oversized, invalid UTF-8).</summary>
public sealed class MqttProtocolException : MqttException
{
    public MqttProtocolException()
    {
    }

    public MqttProtocolException(string message)
        : base(message)
    {
    }

    public MqttProtocolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
