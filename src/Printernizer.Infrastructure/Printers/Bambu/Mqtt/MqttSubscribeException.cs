namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>The broker answered a SUBSCRIBE with failure (0x80) for a filter.</summary>
public sealed class MqttSubscribeException : MqttException
{
    public MqttSubscribeException()
    {
    }

    public MqttSubscribeException(string message)
        : base(message)
    {
    }

    public MqttSubscribeException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public MqttSubscribeException(string filter, MqttSubscribeReturnCode returnCode)
        : base($"The broker refused the subscription to '{filter}' (SUBACK 0x{(byte)returnCode:X2}).")
    {
        Filter = filter;
        ReturnCode = returnCode;
    }

    public string? Filter { get; }

    public MqttSubscribeReturnCode ReturnCode { get; }
}
