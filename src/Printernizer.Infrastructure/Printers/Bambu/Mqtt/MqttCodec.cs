using System.Buffers.Binary;
using System.Text;

namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>
/// Encodes and decodes MQTT 3.1.1 control packets. Decoding is strict: reserved flags, bad lengths, invalid UTF-8,
/// truncated bodies and oversized packets raise <see cref="MqttProtocolException"/>; it never reads past the buffer.
/// </summary>
public static class MqttCodec
{
    /// <summary>The largest Remaining Length MQTT can express (4 bytes).</summary>
    public const int MaxRemainingLength = 268_435_455;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Number of bytes the Remaining Length field needs for <paramref name="length"/>.</summary>
    public static int RemainingLengthSize(int length) => length switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(length)),
        < 128 => 1,
        < 16_384 => 2,
        < 2_097_152 => 3,
        <= MaxRemainingLength => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(length), length, "Remaining Length exceeds the MQTT maximum of 268 435 455."),
    };

    /// <summary>Writes the variable-length Remaining Length and returns the bytes written.</summary>
    public static int WriteRemainingLength(Span<byte> destination, int length)
    {
        var size = RemainingLengthSize(length);
        for (var i = 0; i < size; i++)
        {
            var digit = (byte)(length % 128);
            length /= 128;
            if (length > 0)
            {
                digit |= 0x80;
            }

            destination[i] = digit;
        }

        return size;
    }

    /// <summary>
    /// Reads the fixed header. Returns false when more bytes are needed; throws when the length field is malformed
    /// (more than four bytes) or the packet type is reserved.
    /// </summary>
    public static bool TryReadFixedHeader(ReadOnlySpan<byte> buffer, out byte firstByte, out int remainingLength, out int headerLength)
    {
        firstByte = 0;
        remainingLength = 0;
        headerLength = 0;
        if (buffer.IsEmpty)
        {
            return false;
        }

        firstByte = buffer[0];
        ValidateFixedHeaderFlags(firstByte);
        var multiplier = 1;
        var value = 0;
        for (var i = 1; i <= 4; i++)
        {
            if (i >= buffer.Length)
            {
                return false;
            }

            var digit = buffer[i];
            value += (digit & 0x7F) * multiplier;
            if ((digit & 0x80) == 0)
            {
                if (i > 1 && digit == 0)
                {
                    // A non-minimal encoding (trailing zero digit) is malformed.
                    throw new MqttProtocolException("Malformed Remaining Length: non-minimal encoding.");
                }

                remainingLength = value;
                headerLength = i + 1;
                return true;
            }

            multiplier *= 128;
        }

        throw new MqttProtocolException("Malformed Remaining Length: more than four bytes.");
    }

    /// <summary>
    /// Decodes one packet from the start of <paramref name="buffer"/>. Returns false when the buffer holds only part
    /// of a packet. Throws <see cref="MqttProtocolException"/> when the packet is malformed or its Remaining Length
    /// exceeds <paramref name="maxPacketSize"/> (checked before the body arrives).
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> buffer, int maxPacketSize, out MqttPacket? packet, out int consumed)
    {
        packet = null;
        consumed = 0;
        if (!TryReadFixedHeader(buffer, out var firstByte, out var remainingLength, out var headerLength))
        {
            return false;
        }

        if (remainingLength > maxPacketSize)
        {
            throw new MqttProtocolException($"Packet of {remainingLength} bytes exceeds the maximum packet size of {maxPacketSize} bytes.");
        }

        if (buffer.Length - headerLength < remainingLength)
        {
            return false;
        }

        var body = buffer.Slice(headerLength, remainingLength).ToArray();
        packet = DecodeBody(firstByte, body);
        consumed = headerLength + remainingLength;
        return true;
    }

    /// <summary>Decodes a complete packet body. PUBLISH payloads are slices of <paramref name="body"/> (no copy).</summary>
    public static MqttPacket DecodeBody(byte firstByte, ReadOnlyMemory<byte> body)
    {
        ValidateFixedHeaderFlags(firstByte);
        var type = (MqttPacketType)(firstByte >> 4);
        var span = body.Span;
        switch (type)
        {
            case MqttPacketType.Connect:
                return DecodeConnect(span);
            case MqttPacketType.ConnAck:
                ExpectLength(type, span, 2);
                if ((span[0] & 0xFE) != 0)
                {
                    throw new MqttProtocolException("Malformed CONNACK: reserved acknowledge flags set.");
                }

                if (span[1] > 5)
                {
                    throw new MqttProtocolException($"Malformed CONNACK: unknown return code {span[1]}.");
                }

                return new MqttConnAckPacket((span[0] & 1) == 1, (MqttConnectReturnCode)span[1]);
            case MqttPacketType.Publish:
                return DecodePublish(firstByte, body);
            case MqttPacketType.PubAck or MqttPacketType.PubRec or MqttPacketType.PubRel or MqttPacketType.PubComp or MqttPacketType.UnsubAck:
                ExpectLength(type, span, 2);
                return new MqttPacketIdPacket(type, ReadPacketId(span, type));
            case MqttPacketType.Subscribe:
                return DecodeSubscribe(span);
            case MqttPacketType.SubAck:
                return DecodeSubAck(span);
            case MqttPacketType.Unsubscribe:
                return DecodeUnsubscribe(span);
            case MqttPacketType.PingReq:
                ExpectLength(type, span, 0);
                return MqttEmptyPacket.PingReq;
            case MqttPacketType.PingResp:
                ExpectLength(type, span, 0);
                return MqttEmptyPacket.PingResp;
            case MqttPacketType.Disconnect:
                ExpectLength(type, span, 0);
                return MqttEmptyPacket.Disconnect;
            default:
                throw new MqttProtocolException($"Reserved packet type {(int)type}.");
        }
    }

    /// <summary>Encodes a packet into a new array (fixed header included).</summary>
    public static byte[] Encode(MqttPacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        return packet switch
        {
            MqttPublishPacket publish => EncodePublish(publish),
            MqttPacketIdPacket idPacket => EncodeFixed(FirstByte(idPacket.Type), [(byte)(idPacket.PacketId >> 8), (byte)idPacket.PacketId]),
            MqttEmptyPacket empty => [(byte)((byte)empty.Type << 4), 0],
            MqttConnectPacket connect => EncodeConnect(connect),
            MqttConnAckPacket connAck => [0x20, 2, (byte)(connAck.SessionPresent ? 1 : 0), (byte)connAck.ReturnCode],
            MqttSubscribePacket subscribe => EncodeSubscribe(subscribe),
            MqttSubAckPacket subAck => EncodeSubAck(subAck),
            MqttUnsubscribePacket unsubscribe => EncodeUnsubscribe(unsubscribe),
            _ => throw new ArgumentException("Unknown packet " + packet.GetType().Name, nameof(packet)),
        };
    }

    private static byte FirstByte(MqttPacketType type) =>
        (byte)(((byte)type << 4) | (type is MqttPacketType.PubRel or MqttPacketType.Subscribe or MqttPacketType.Unsubscribe ? 0x02 : 0x00));

    private static void ValidateFixedHeaderFlags(byte firstByte)
    {
        var type = (MqttPacketType)(firstByte >> 4);
        var flags = firstByte & 0x0F;
        switch (type)
        {
            case MqttPacketType.Publish:
                var qos = (flags >> 1) & 0x03;
                if (qos == 3)
                {
                    throw new MqttProtocolException("Malformed PUBLISH: QoS 3 is not allowed.");
                }

                if (qos == 0 && (flags & 0x08) != 0)
                {
                    throw new MqttProtocolException("Malformed PUBLISH: DUP set on a QoS 0 message.");
                }

                return;
            case MqttPacketType.PubRel or MqttPacketType.Subscribe or MqttPacketType.Unsubscribe:
                if (flags != 0x02)
                {
                    throw new MqttProtocolException($"Malformed {type}: fixed header flags must be 0010, were {flags}.");
                }

                return;
            case >= MqttPacketType.Connect and <= MqttPacketType.Disconnect:
                if (flags != 0)
                {
                    throw new MqttProtocolException($"Malformed {type}: fixed header flags must be 0000, were {flags}.");
                }

                return;
            default:
                throw new MqttProtocolException($"Reserved packet type {(int)type}.");
        }
    }

    private static void ExpectLength(MqttPacketType type, ReadOnlySpan<byte> body, int length)
    {
        if (body.Length != length)
        {
            throw new MqttProtocolException($"Malformed {type}: Remaining Length {body.Length}, expected {length}.");
        }
    }

    private static ushort ReadPacketId(ReadOnlySpan<byte> span, MqttPacketType type)
    {
        var id = BinaryPrimitives.ReadUInt16BigEndian(span);
        return id == 0 ? throw new MqttProtocolException($"Malformed {type}: packet identifier 0.") : id;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> span, ref int offset, string what)
    {
        if (span.Length - offset < 2)
        {
            throw new MqttProtocolException($"Malformed packet: truncated {what}.");
        }

        var value = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
        offset += 2;
        return value;
    }

    private static ReadOnlySpan<byte> ReadBinary(ReadOnlySpan<byte> span, ref int offset, string what)
    {
        var length = ReadUInt16(span, ref offset, what + " length");
        if (span.Length - offset < length)
        {
            throw new MqttProtocolException($"Malformed packet: {what} runs past the end of the packet.");
        }

        var value = span.Slice(offset, length);
        offset += length;
        return value;
    }

    private static string ReadString(ReadOnlySpan<byte> span, ref int offset, string what)
    {
        var bytes = ReadBinary(span, ref offset, what);
        string value;
        try
        {
            value = StrictUtf8.GetString(bytes);
        }
        catch (ArgumentException ex)
        {
            throw new MqttProtocolException($"Malformed packet: {what} is not valid UTF-8.", ex);
        }

        return value.Contains('\0', StringComparison.Ordinal)
            ? throw new MqttProtocolException($"Malformed packet: {what} contains U+0000.")
            : value;
    }

    private static MqttConnectPacket DecodeConnect(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        var protocol = ReadString(span, ref offset, "protocol name");
        if (protocol != "MQTT")
        {
            throw new MqttProtocolException($"Malformed CONNECT: protocol name '{protocol}'.");
        }

        if (span.Length - offset < 2)
        {
            throw new MqttProtocolException("Malformed CONNECT: truncated header.");
        }

        var level = span[offset++];
        if (level != 4)
        {
            throw new MqttProtocolException($"Unsupported protocol level {level}.");
        }

        var flags = span[offset++];
        if ((flags & 0x01) != 0)
        {
            throw new MqttProtocolException("Malformed CONNECT: reserved flag set.");
        }

        var hasWill = (flags & 0x04) != 0;
        var willQos = (flags >> 3) & 0x03;
        var willRetain = (flags & 0x20) != 0;
        if (!hasWill && (willQos != 0 || willRetain))
        {
            throw new MqttProtocolException("Malformed CONNECT: will QoS/retain without a will.");
        }

        if (willQos == 3)
        {
            throw new MqttProtocolException("Malformed CONNECT: will QoS 3.");
        }

        var hasUser = (flags & 0x80) != 0;
        var hasPassword = (flags & 0x40) != 0;
        if (hasPassword && !hasUser)
        {
            throw new MqttProtocolException("Malformed CONNECT: password without user name.");
        }

        var keepAlive = ReadUInt16(span, ref offset, "keep-alive");
        var clientId = ReadString(span, ref offset, "client identifier");
        MqttWillMessage? will = null;
        if (hasWill)
        {
            var topic = ReadString(span, ref offset, "will topic");
            var message = ReadBinary(span, ref offset, "will message").ToArray();
            will = new MqttWillMessage(topic, message, (MqttQualityOfService)willQos, willRetain);
        }

        var user = hasUser ? ReadString(span, ref offset, "user name") : null;
        ReadOnlyMemory<byte>? password = hasPassword ? ReadBinary(span, ref offset, "password").ToArray() : null;
        if (offset != span.Length)
        {
            throw new MqttProtocolException("Malformed CONNECT: trailing bytes.");
        }

        return new MqttConnectPacket
        {
            ClientId = clientId,
            UserName = user,
            Password = password,
            KeepAliveSeconds = keepAlive,
            CleanSession = (flags & 0x02) != 0,
            Will = will,
        };
    }

    private static MqttPublishPacket DecodePublish(byte firstByte, ReadOnlyMemory<byte> body)
    {
        var span = body.Span;
        var qos = (MqttQualityOfService)((firstByte >> 1) & 0x03);
        var offset = 0;
        var topic = ReadString(span, ref offset, "topic name");
        if (topic.Length == 0 || topic.AsSpan().IndexOfAny('+', '#') >= 0)
        {
            throw new MqttProtocolException("Malformed PUBLISH: empty topic or wildcard in topic name.");
        }

        ushort packetId = 0;
        if (qos != MqttQualityOfService.AtMostOnce)
        {
            packetId = ReadUInt16(span, ref offset, "packet identifier");
            if (packetId == 0)
            {
                throw new MqttProtocolException("Malformed PUBLISH: packet identifier 0.");
            }
        }

        return new MqttPublishPacket(topic, body[offset..], qos, (firstByte & 0x01) != 0, (firstByte & 0x08) != 0, packetId);
    }

    private static MqttSubscribePacket DecodeSubscribe(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        var id = ReadUInt16(span, ref offset, "packet identifier");
        if (id == 0)
        {
            throw new MqttProtocolException("Malformed SUBSCRIBE: packet identifier 0.");
        }

        var filters = new List<MqttTopicFilter>();
        while (offset < span.Length)
        {
            var filter = ReadString(span, ref offset, "topic filter");
            if (offset >= span.Length)
            {
                throw new MqttProtocolException("Malformed SUBSCRIBE: missing requested QoS.");
            }

            var qos = span[offset++];
            if (qos > 2)
            {
                throw new MqttProtocolException("Malformed SUBSCRIBE: invalid requested QoS byte.");
            }

            filters.Add(new MqttTopicFilter(filter, (MqttQualityOfService)qos));
        }

        return filters.Count == 0 ? throw new MqttProtocolException("Malformed SUBSCRIBE: no topic filter.") : new MqttSubscribePacket(id, filters);
    }

    private static MqttSubAckPacket DecodeSubAck(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        var id = ReadUInt16(span, ref offset, "packet identifier");
        if (id == 0 || offset >= span.Length)
        {
            throw new MqttProtocolException("Malformed SUBACK: packet identifier 0 or no return code.");
        }

        var codes = new MqttSubscribeReturnCode[span.Length - offset];
        for (var i = 0; i < codes.Length; i++)
        {
            var code = span[offset + i];
            if (code is not (0 or 1 or 2 or 0x80))
            {
                throw new MqttProtocolException($"Malformed SUBACK: invalid return code 0x{code:X2}.");
            }

            codes[i] = (MqttSubscribeReturnCode)code;
        }

        return new MqttSubAckPacket(id, codes);
    }

    private static MqttUnsubscribePacket DecodeUnsubscribe(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        var id = ReadUInt16(span, ref offset, "packet identifier");
        if (id == 0)
        {
            throw new MqttProtocolException("Malformed UNSUBSCRIBE: packet identifier 0.");
        }

        var filters = new List<string>();
        while (offset < span.Length)
        {
            filters.Add(ReadString(span, ref offset, "topic filter"));
        }

        return filters.Count == 0 ? throw new MqttProtocolException("Malformed UNSUBSCRIBE: no topic filter.") : new MqttUnsubscribePacket(id, filters);
    }

    private static byte[] EncodeFixed(byte firstByte, ReadOnlySpan<byte> body)
    {
        var result = new byte[1 + RemainingLengthSize(body.Length) + body.Length];
        result[0] = firstByte;
        var header = 1 + WriteRemainingLength(result.AsSpan(1), body.Length);
        body.CopyTo(result.AsSpan(header));
        return result;
    }

    private static int StringSize(string value)
    {
        var size = Encoding.UTF8.GetByteCount(value);
        return size > ushort.MaxValue ? throw new ArgumentException("String longer than 65535 bytes: " + value[..Math.Min(40, value.Length)]) : 2 + size;
    }

    private static void WriteString(Span<byte> destination, ref int offset, string value)
    {
        var written = Encoding.UTF8.GetBytes(value, destination[(offset + 2)..]);
        BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], (ushort)written);
        offset += 2 + written;
    }

    private static void WriteBinary(Span<byte> destination, ref int offset, ReadOnlySpan<byte> value)
    {
        if (value.Length > ushort.MaxValue)
        {
            throw new ArgumentException("Binary field longer than 65535 bytes.");
        }

        BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], (ushort)value.Length);
        value.CopyTo(destination[(offset + 2)..]);
        offset += 2 + value.Length;
    }

    private static byte[] Allocate(byte firstByte, int bodyLength, out int offset)
    {
        var result = new byte[1 + RemainingLengthSize(bodyLength) + bodyLength];
        result[0] = firstByte;
        offset = 1 + WriteRemainingLength(result.AsSpan(1), bodyLength);
        return result;
    }

    private static byte[] EncodePublish(MqttPublishPacket publish)
    {
        if (publish.Qos == MqttQualityOfService.AtMostOnce && (publish.Dup || publish.PacketId != 0))
        {
            throw new ArgumentException("A QoS 0 PUBLISH has neither DUP nor a packet identifier.", nameof(publish));
        }

        if (publish.Qos != MqttQualityOfService.AtMostOnce && publish.PacketId == 0)
        {
            throw new ArgumentException("A QoS 1/2 PUBLISH needs a packet identifier.", nameof(publish));
        }

        var firstByte = (byte)(0x30 | ((byte)publish.Qos << 1) | (publish.Retain ? 1 : 0) | (publish.Dup ? 0x08 : 0));
        var bodyLength = StringSize(publish.Topic) + (publish.Qos == MqttQualityOfService.AtMostOnce ? 0 : 2) + publish.Payload.Length;
        var result = Allocate(firstByte, bodyLength, out var offset);
        var span = result.AsSpan();
        WriteString(span, ref offset, publish.Topic);
        if (publish.Qos != MqttQualityOfService.AtMostOnce)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span[offset..], publish.PacketId);
            offset += 2;
        }

        publish.Payload.Span.CopyTo(span[offset..]);
        return result;
    }

    private static byte[] EncodeConnect(MqttConnectPacket connect)
    {
        if (connect.Password is not null && connect.UserName is null)
        {
            throw new ArgumentException("MQTT 3.1.1 does not allow a password without a user name.", nameof(connect));
        }

        var flags = (byte)(connect.CleanSession ? 0x02 : 0);
        var bodyLength = 2 + 4 + 1 + 1 + 2 + StringSize(connect.ClientId);
        if (connect.Will is { } will)
        {
            flags |= (byte)(0x04 | ((byte)will.Qos << 3) | (will.Retain ? 0x20 : 0));
            bodyLength += StringSize(will.Topic) + 2 + will.Payload.Length;
        }

        if (connect.UserName is not null)
        {
            flags |= 0x80;
            bodyLength += StringSize(connect.UserName);
        }

        if (connect.Password is { } password)
        {
            flags |= 0x40;
            bodyLength += 2 + password.Length;
        }

        var result = Allocate(0x10, bodyLength, out var offset);
        var span = result.AsSpan();
        WriteString(span, ref offset, "MQTT");
        span[offset++] = 4;
        span[offset++] = flags;
        BinaryPrimitives.WriteUInt16BigEndian(span[offset..], connect.KeepAliveSeconds);
        offset += 2;
        WriteString(span, ref offset, connect.ClientId);
        if (connect.Will is { } w)
        {
            WriteString(span, ref offset, w.Topic);
            WriteBinary(span, ref offset, w.Payload.Span);
        }

        if (connect.UserName is not null)
        {
            WriteString(span, ref offset, connect.UserName);
        }

        if (connect.Password is { } p)
        {
            WriteBinary(span, ref offset, p.Span);
        }

        return result;
    }

    private static byte[] EncodeSubscribe(MqttSubscribePacket subscribe)
    {
        var bodyLength = 2 + subscribe.Filters.Sum(f => StringSize(f.Filter) + 1);
        var result = Allocate(0x82, bodyLength, out var offset);
        var span = result.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[offset..], subscribe.PacketId);
        offset += 2;
        foreach (var filter in subscribe.Filters)
        {
            WriteString(span, ref offset, filter.Filter);
            span[offset++] = (byte)filter.Qos;
        }

        return result;
    }

    private static byte[] EncodeSubAck(MqttSubAckPacket subAck)
    {
        var result = Allocate(0x90, 2 + subAck.ReturnCodes.Count, out var offset);
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(offset), subAck.PacketId);
        offset += 2;
        foreach (var code in subAck.ReturnCodes)
        {
            result[offset++] = (byte)code;
        }

        return result;
    }

    private static byte[] EncodeUnsubscribe(MqttUnsubscribePacket unsubscribe)
    {
        var bodyLength = 2 + unsubscribe.Filters.Sum(StringSize);
        var result = Allocate(0xA2, bodyLength, out var offset);
        var span = result.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[offset..], unsubscribe.PacketId);
        offset += 2;
        foreach (var filter in unsubscribe.Filters)
        {
            WriteString(span, ref offset, filter);
        }

        return result;
    }
}
