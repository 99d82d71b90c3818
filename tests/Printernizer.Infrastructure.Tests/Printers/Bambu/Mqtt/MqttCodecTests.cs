using System.Text;
using Printernizer.Infrastructure.Printers.Bambu.Mqtt;

namespace Printernizer.Infrastructure.Tests.Printers.Bambu.Mqtt;

public sealed class MqttCodecTests
{
    private const int Max = MqttCodec.MaxRemainingLength;

    private static MqttPacket RoundTrip(MqttPacket packet)
    {
        var bytes = MqttCodec.Encode(packet);
        MqttCodec.TryDecode(bytes, Max, out var decoded, out var consumed).Should().BeTrue();
        consumed.Should().Be(bytes.Length);
        return decoded!;
    }

    [Test]
    public void Connect_WhenRoundTripped_KeepsEveryField()
    {
        var packet = new MqttConnectPacket
        {
            ClientId = "printernizer-01P00A123456789-abc",
            UserName = "bblp",
            Password = Encoding.UTF8.GetBytes("12345678"),
            KeepAliveSeconds = 30,
            CleanSession = true,
            Will = new MqttWillMessage("printernizer/status", Encoding.UTF8.GetBytes("offline"), MqttQualityOfService.AtLeastOnce, Retain: true),
        };

        var bytes = MqttCodec.Encode(packet);
        bytes[9].Should().Be(0xC2 | 0x04 | 0x08 | 0x20, "flags: user, password, will retain, will QoS 1, will, clean session");
        var decoded = (MqttConnectPacket)RoundTrip(packet);

        decoded.ClientId.Should().Be(packet.ClientId);
        decoded.UserName.Should().Be("bblp");
        decoded.Password!.Value.ToArray().Should().Equal(packet.Password.Value.ToArray());
        decoded.KeepAliveSeconds.Should().Be(30);
        decoded.CleanSession.Should().BeTrue();
        decoded.Will!.Topic.Should().Be("printernizer/status");
        decoded.Will.Payload.ToArray().Should().Equal(Encoding.UTF8.GetBytes("offline"));
        decoded.Will.Qos.Should().Be(MqttQualityOfService.AtLeastOnce);
        decoded.Will.Retain.Should().BeTrue();
    }

    [Test]
    public void Connect_WhenUserAndPasswordAndCleanSession_UsesFlags0xC2()
    {
        var bytes = MqttCodec.Encode(new MqttConnectPacket { ClientId = "x", UserName = "bblp", Password = "a"u8.ToArray() });

        bytes[9].Should().Be(0xC2);
    }

    [Test]
    public void ConnAck_WhenRoundTripped_KeepsReturnCode()
    {
        RoundTrip(new MqttConnAckPacket(true, MqttConnectReturnCode.BadUserNameOrPassword))
            .Should().Be(new MqttConnAckPacket(true, MqttConnectReturnCode.BadUserNameOrPassword));
    }

    [TestCase(MqttQualityOfService.AtMostOnce, false, false, (ushort)0)]
    [TestCase(MqttQualityOfService.AtLeastOnce, true, true, (ushort)65535)]
    [TestCase(MqttQualityOfService.ExactlyOnce, false, true, (ushort)1)]
    public void Publish_WhenRoundTripped_KeepsFlagsTopicAndPayload(MqttQualityOfService qos, bool retain, bool dup, ushort id)
    {
        var payload = Encoding.UTF8.GetBytes("{\"print\":{\"msg\":1}}");
        var decoded = (MqttPublishPacket)RoundTrip(new MqttPublishPacket("device/01P00A123456789/report", payload, qos, retain, dup, id));

        decoded.Topic.Should().Be("device/01P00A123456789/report");
        decoded.Payload.ToArray().Should().Equal(payload);
        decoded.Qos.Should().Be(qos);
        decoded.Retain.Should().Be(retain);
        decoded.Dup.Should().Be(dup);
        decoded.PacketId.Should().Be(id);
    }

    [TestCase(MqttPacketType.PubAck, 0x40)]
    [TestCase(MqttPacketType.PubRec, 0x50)]
    [TestCase(MqttPacketType.PubRel, 0x62)]
    [TestCase(MqttPacketType.PubComp, 0x70)]
    [TestCase(MqttPacketType.UnsubAck, 0xB0)]
    public void PacketIdPackets_WhenRoundTripped_KeepTypeAndId(MqttPacketType type, int firstByte)
    {
        var bytes = MqttCodec.Encode(new MqttPacketIdPacket(type, 4242));
        bytes.Should().Equal((byte)firstByte, 2, 0x10, 0x92);

        RoundTrip(new MqttPacketIdPacket(type, 4242)).Should().Be(new MqttPacketIdPacket(type, 4242));
    }

    [Test]
    public void SubscribeAndSubAck_WhenRoundTripped_KeepFiltersAndCodes()
    {
        var subscribe = (MqttSubscribePacket)RoundTrip(new MqttSubscribePacket(7, [new("device/+/report"), new("homeassistant/#", MqttQualityOfService.AtLeastOnce)]));
        subscribe.PacketId.Should().Be(7);
        subscribe.Filters.Should().Equal(new MqttTopicFilter("device/+/report"), new MqttTopicFilter("homeassistant/#", MqttQualityOfService.AtLeastOnce));
        MqttCodec.Encode(subscribe)[0].Should().Be(0x82);

        var subAck = (MqttSubAckPacket)RoundTrip(new MqttSubAckPacket(7, [MqttSubscribeReturnCode.GrantedQos0, MqttSubscribeReturnCode.Failure]));
        subAck.ReturnCodes.Should().Equal(MqttSubscribeReturnCode.GrantedQos0, MqttSubscribeReturnCode.Failure);
    }

    [Test]
    public void Unsubscribe_WhenRoundTripped_KeepsFilters()
    {
        var decoded = (MqttUnsubscribePacket)RoundTrip(new MqttUnsubscribePacket(9, ["a/b", "c/#"]));

        decoded.PacketId.Should().Be(9);
        decoded.Filters.Should().Equal("a/b", "c/#");
    }

    [Test]
    public void EmptyPackets_WhenRoundTripped_AreTwoBytes()
    {
        foreach (var packet in new[] { MqttEmptyPacket.PingReq, MqttEmptyPacket.PingResp, MqttEmptyPacket.Disconnect })
        {
            MqttCodec.Encode(packet).Should().HaveCount(2);
            RoundTrip(packet).Should().Be(packet);
        }
    }

    [TestCase(0, 1)]
    [TestCase(127, 1)]
    [TestCase(128, 2)]
    [TestCase(16_383, 2)]
    [TestCase(16_384, 3)]
    [TestCase(2_097_151, 3)]
    [TestCase(2_097_152, 4)]
    [TestCase(268_435_455, 4)]
    public void RemainingLength_AtBoundaries_UsesMinimalBytesAndRoundTrips(int length, int expectedBytes)
    {
        Span<byte> buffer = stackalloc byte[5];
        buffer[0] = 0x30;
        var written = MqttCodec.WriteRemainingLength(buffer[1..], length);

        written.Should().Be(expectedBytes);
        MqttCodec.TryReadFixedHeader(buffer[..(1 + written)], out _, out var decoded, out var headerLength).Should().BeTrue();
        decoded.Should().Be(length);
        headerLength.Should().Be(1 + expectedBytes);
    }

    [Test]
    public void RemainingLength_AboveMaximum_IsRejected()
    {
        var act = () => MqttCodec.RemainingLengthSize(MqttCodec.MaxRemainingLength + 1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void TryReadFixedHeader_WhenFifthLengthByteNeeded_ThrowsMalformed()
    {
        var act = () => MqttCodec.TryReadFixedHeader(new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, out _, out _, out _);

        act.Should().Throw<MqttProtocolException>().WithMessage("*more than four bytes*");
    }

    [Test]
    public void TryDecode_WhenPacketIsTruncated_AsksForMoreAtEveryCut()
    {
        var bytes = MqttCodec.Encode(new MqttPublishPacket("device/X/report", new byte[300], MqttQualityOfService.AtLeastOnce, PacketId: 5));

        for (var cut = 0; cut < bytes.Length; cut++)
        {
            MqttCodec.TryDecode(bytes.AsSpan(0, cut), Max, out var packet, out var consumed).Should().BeFalse();
            packet.Should().BeNull();
            consumed.Should().Be(0);
        }
    }

    [Test]
    public void TryDecode_WhenLengthExceedsMaximumPacketSize_ThrowsBeforeTheBodyArrives()
    {
        var header = new byte[] { 0x30, 0x80, 0x80, 0x80, 0x01 }; // announces 2 MiB, no body yet

        var act = () => MqttCodec.TryDecode(header, 1024 * 1024, out _, out _);

        act.Should().Throw<MqttProtocolException>().WithMessage("*exceeds the maximum packet size*");
    }

    [TestCase(new byte[] { 0x00, 0x00 }, "Reserved packet type")]
    [TestCase(new byte[] { 0xF0, 0x00 }, "Reserved packet type")]
    [TestCase(new byte[] { 0x36, 0x00 }, "QoS 3")]
    [TestCase(new byte[] { 0x38, 0x00 }, "DUP")]
    [TestCase(new byte[] { 0x80, 0x00 }, "flags must be 0010")]
    [TestCase(new byte[] { 0x41, 0x02, 0x00, 0x01 }, "flags must be 0000")]
    [TestCase(new byte[] { 0x40, 0x03, 0x00, 0x01, 0x00 }, "Remaining Length 3")]
    [TestCase(new byte[] { 0x40, 0x02, 0x00, 0x00 }, "packet identifier 0")]
    [TestCase(new byte[] { 0xD0, 0x01, 0x00 }, "Remaining Length 1")]
    [TestCase(new byte[] { 0x20, 0x02, 0x00, 0x09 }, "unknown return code")]
    [TestCase(new byte[] { 0x90, 0x03, 0x00, 0x01, 0x07 }, "invalid return code")]
    [TestCase(new byte[] { 0x30, 0x05, 0x00, 0x09, 0x61, 0x62, 0x63 }, "runs past the end")]
    [TestCase(new byte[] { 0x30, 0x04, 0x00, 0x02, 0xC3, 0x28 }, "not valid UTF-8")]
    [TestCase(new byte[] { 0x30, 0x03, 0x00, 0x01, 0x23 }, "wildcard")]
    [TestCase(new byte[] { 0x82, 0x02, 0x00, 0x01 }, "no topic filter")]
    public void TryDecode_WhenMalformed_ThrowsWithReason(byte[] bytes, string reason)
    {
        var act = () => MqttCodec.TryDecode(bytes, Max, out _, out _);

        act.Should().Throw<MqttProtocolException>().WithMessage("*" + reason + "*");
    }

    [Test]
    public void TryDecode_WhenFedRandomBytes_NeverThrowsAnythingButProtocolErrors()
    {
        var random = new Random(20261121);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 5000; i++)
        {
            var buffer = new byte[random.Next(0, 64)];
            random.NextBytes(buffer);
            if (buffer.Length > 1 && i % 2 == 0)
            {
                // keep half of them plausible: a valid type nibble and a small length
                buffer[0] = (byte)((random.Next(1, 15) << 4) | (buffer[0] & 0x0F));
                buffer[1] = (byte)random.Next(0, buffer.Length);
            }

            string outcome;
            try
            {
                outcome = MqttCodec.TryDecode(buffer, 1024, out var packet, out var consumed)
                    ? (consumed <= buffer.Length && packet is not null ? "decoded" : "inconsistent")
                    : "incomplete";
            }
            catch (MqttProtocolException)
            {
                outcome = "rejected";
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        outcomes.Should().NotContainKey("inconsistent");
        outcomes.Should().ContainKey("rejected").And.ContainKey("incomplete").And.ContainKey("decoded");
    }

    [Test]
    public void PacketIdAllocator_WhenAt65535_WrapsToOneAndSkipsIdsInFlight()
    {
        var allocator = new MqttPacketIdAllocator();
        allocator.TryAllocate(out var first).Should().BeTrue();
        first.Should().Be(1);
        allocator.TryAllocate(out var second).Should().BeTrue();
        second.Should().Be(2);

        allocator.SetNext(65535);
        allocator.TryAllocate(out var last).Should().BeTrue();
        allocator.TryAllocate(out var wrapped).Should().BeTrue();

        last.Should().Be(65535);
        wrapped.Should().Be(3, "1 and 2 are still in flight");
        allocator.Release(1);
        allocator.SetNext(65535);
        allocator.TryAllocate(out var reused).Should().BeTrue();
        reused.Should().Be(1);
    }

    [Test]
    public void PacketIdAllocator_WhenAllIdsInFlight_RefusesInsteadOfReusing()
    {
        var allocator = new MqttPacketIdAllocator();
        for (var i = 0; i < 65535; i++)
        {
            allocator.TryAllocate(out _).Should().BeTrue();
        }

        allocator.TryAllocate(out var none).Should().BeFalse();
        none.Should().Be(0);
        allocator.Release(777);
        allocator.TryAllocate(out var freed).Should().BeTrue();
        freed.Should().Be(777);
    }
}
