namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>The connection ended; the message says why (keep-alive timeout, malformed packet, closed by the peer...).</summary>
public sealed class MqttConnectionClosedException : MqttException
{
    public MqttConnectionClosedException()
    {
    }

    public MqttConnectionClosedException(string message)
        : base(message)
    {
    }

    public MqttConnectionClosedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
