using System.Text;
using Printernizer.Infrastructure.Printers.Bambu.Mqtt;

namespace Printernizer.Infrastructure.Tests.Printers.Bambu.Mqtt;

/// <summary>The MQTT client against a scripted peer for what a well-behaved broker never does.</summary>
public sealed class MqttClientProtocolTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    private static MqttClientOptions Options(ScriptedMqttPeer peer) => new()
    {
        Host = "127.0.0.1",
        Port = peer.Port,
        ClientId = "scripted",
        UserName = "bblp",
        Password = "12345678",
        KeepAlive = TimeSpan.FromSeconds(30),
    };

    private static async Task<MqttClient> ConnectAsync(ScriptedMqttPeer peer, MqttClientOptions options, CancellationToken cancellationToken)
    {
        var client = new MqttClient(options);
        var accept = peer.AcceptAndAcknowledgeAsync(cancellationToken);
        await client.ConnectAsync(cancellationToken);
        await accept;
        return client;
    }

    [Test]
    public async Task ConnectAsync_WhenConnected_SendsCredentialsKeepAliveAndCleanSession()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = new MqttClient(Options(peer));
        var accept = peer.AcceptAndAcknowledgeAsync(timeout.Token);

        await client.ConnectAsync(timeout.Token);
        var connect = await accept;

        connect.ClientId.Should().Be("scripted");
        connect.UserName.Should().Be("bblp");
        Encoding.UTF8.GetString(connect.Password!.Value.Span).Should().Be("12345678");
        connect.KeepAliveSeconds.Should().Be(30);
        connect.CleanSession.Should().BeTrue();
    }

    [TestCase(MqttConnectReturnCode.NotAuthorized)]
    [TestCase(MqttConnectReturnCode.ServerUnavailable)]
    public async Task ConnectAsync_WhenRefused_ThrowsTheReturnCode(MqttConnectReturnCode code)
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = new MqttClient(Options(peer));
        var script = Task.Run(
            async () =>
            {
                await peer.AcceptAsync(timeout.Token);
                await peer.ReadPacketAsync(timeout.Token);
                await peer.SendAsync(new MqttConnAckPacket(false, code), timeout.Token);
            },
            timeout.Token);

        var act = () => client.ConnectAsync(timeout.Token);

        (await act.Should().ThrowAsync<MqttConnectException>()).Which.ReturnCode.Should().Be(code);
        await script;
    }

    [Test]
    public async Task ConnectAsync_WhenNoConnAckArrives_TimesOut()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = new MqttClient(Options(peer) with { ConnectTimeout = TimeSpan.FromSeconds(1) });
        var accept = peer.AcceptAsync(timeout.Token);

        var act = () => client.ConnectAsync(timeout.Token);

        (await act.Should().ThrowAsync<TimeoutException>()).Which.Message.Should().Contain("within 1 s");
        await accept;
    }

    [Test]
    public async Task SubscribeAsync_WhenBrokerAnswersFailure_ReportsTheFailureCode()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = await ConnectAsync(peer, Options(peer), timeout.Token);

        var many = client.SubscribeAsync([new MqttTopicFilter("ok/#"), new MqttTopicFilter("denied/#", MqttQualityOfService.AtLeastOnce)], timeout.Token);
        var request = await peer.ReadPacketAsync<MqttSubscribePacket>(timeout.Token);
        await peer.SendAsync(new MqttSubAckPacket(request.PacketId, [MqttSubscribeReturnCode.GrantedQos0, MqttSubscribeReturnCode.Failure]), timeout.Token);
        var single = client.SubscribeAsync("denied/#", MqttQualityOfService.AtMostOnce, timeout.Token);
        var second = await peer.ReadPacketAsync<MqttSubscribePacket>(timeout.Token);
        await peer.SendAsync(new MqttSubAckPacket(second.PacketId, [MqttSubscribeReturnCode.Failure]), timeout.Token);

        (await many).Should().Equal(MqttSubscribeReturnCode.GrantedQos0, MqttSubscribeReturnCode.Failure);
        var act = () => single;
        (await act.Should().ThrowAsync<MqttSubscribeException>()).Which.Filter.Should().Be("denied/#");
        request.Filters.Should().Equal(new MqttTopicFilter("ok/#"), new MqttTopicFilter("denied/#", MqttQualityOfService.AtLeastOnce));
        client.IsConnected.Should().BeTrue();
    }

    [Test]
    public async Task PublishAsync_WhenPubAckIsLost_ResendsWithDupAndCompletesOnLateAck()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = await ConnectAsync(peer, Options(peer) with { AckTimeout = TimeSpan.FromMilliseconds(300) }, timeout.Token);

        var publish = client.PublishAsync("device/X/request", "{\"print\":{}}", MqttQualityOfService.AtLeastOnce, cancellationToken: timeout.Token);
        var first = await peer.ReadPacketAsync<MqttPublishPacket>(timeout.Token);
        var second = await peer.ReadPacketAsync<MqttPublishPacket>(timeout.Token);
        await peer.SendAsync(new MqttPacketIdPacket(MqttPacketType.PubAck, second.PacketId), timeout.Token);
        await publish;

        first.Dup.Should().BeFalse();
        second.Dup.Should().BeTrue();
        second.PacketId.Should().Be(first.PacketId);
        client.PacketIds.InFlightCount.Should().Be(0);
    }

    [Test]
    public async Task PublishAsync_WhenNeverAcknowledged_GivesUpWithTimeoutAfterRetries()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = await ConnectAsync(peer, Options(peer) with { AckTimeout = TimeSpan.FromMilliseconds(200), MaxPublishRetries = 2 }, timeout.Token);

        var act = () => client.PublishAsync("a/b", "x", MqttQualityOfService.AtLeastOnce, cancellationToken: timeout.Token);

        (await act.Should().ThrowAsync<TimeoutException>()).Which.Message.Should().Contain("after 3 attempts");
        client.PacketIds.InFlightCount.Should().Be(0);
        client.IsConnected.Should().BeTrue();
    }

    [Test]
    public async Task PublishAsync_WhenPacketIdsWrap_SkipsIdsStillInFlight()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = await ConnectAsync(peer, Options(peer), timeout.Token);
        client.PacketIds.SetNext(65534);

        var a = client.PublishAsync("t/1", "a", MqttQualityOfService.AtLeastOnce, cancellationToken: timeout.Token);
        var b = client.PublishAsync("t/2", "b", MqttQualityOfService.AtLeastOnce, cancellationToken: timeout.Token);
        var first = await peer.ReadPacketAsync<MqttPublishPacket>(timeout.Token);
        var second = await peer.ReadPacketAsync<MqttPublishPacket>(timeout.Token);
        client.PacketIds.SetNext(65534);
        var c = client.PublishAsync("t/3", "c", MqttQualityOfService.AtLeastOnce, cancellationToken: timeout.Token);
        var third = await peer.ReadPacketAsync<MqttPublishPacket>(timeout.Token);
        foreach (var packet in new[] { first, second, third })
        {
            await peer.SendAsync(new MqttPacketIdPacket(MqttPacketType.PubAck, packet.PacketId), timeout.Token);
        }

        await Task.WhenAll(a, b, c);
        new[] { first.PacketId, second.PacketId }.Should().BeEquivalentTo(new ushort[] { 65534, 65535 });
        third.PacketId.Should().Be(1, "65534 and 65535 were still in flight, so the allocator wrapped to 1");
    }

    [Test]
    public async Task Messages_WhenIncomingQos1And2_AreAcknowledgedAndDeliveredOnce()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = await ConnectAsync(peer, Options(peer), timeout.Token);

        await peer.SendAsync(new MqttPublishPacket("r/1", "one"u8.ToArray(), MqttQualityOfService.AtLeastOnce, PacketId: 11), timeout.Token);
        (await peer.ReadPacketAsync<MqttPacketIdPacket>(timeout.Token)).Should().Be(new MqttPacketIdPacket(MqttPacketType.PubAck, 11));
        await peer.SendAsync(new MqttPublishPacket("r/2", "two"u8.ToArray(), MqttQualityOfService.ExactlyOnce, PacketId: 12), timeout.Token);
        (await peer.ReadPacketAsync<MqttPacketIdPacket>(timeout.Token)).Should().Be(new MqttPacketIdPacket(MqttPacketType.PubRec, 12));
        await peer.SendAsync(new MqttPublishPacket("r/2", "two"u8.ToArray(), MqttQualityOfService.ExactlyOnce, Dup: true, PacketId: 12), timeout.Token);
        (await peer.ReadPacketAsync<MqttPacketIdPacket>(timeout.Token)).Should().Be(new MqttPacketIdPacket(MqttPacketType.PubRec, 12));
        await peer.SendAsync(new MqttPacketIdPacket(MqttPacketType.PubRel, 12), timeout.Token);
        (await peer.ReadPacketAsync<MqttPacketIdPacket>(timeout.Token)).Should().Be(new MqttPacketIdPacket(MqttPacketType.PubComp, 12));
        await peer.SendAsync(new MqttPublishPacket("r/3", "three"u8.ToArray()), timeout.Token);

        var topics = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            topics.Add((await client.Messages.ReadAsync(timeout.Token)).Topic);
        }

        topics.Should().Equal("r/1", "r/2", "r/3");
    }

    [Test]
    public async Task KeepAlive_WhenPeerStopsAnswering_ClosesWithDeadConnectionReason()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = await ConnectAsync(peer, Options(peer) with { KeepAlive = TimeSpan.FromSeconds(1) }, timeout.Token);

        var ping = await peer.ReadPacketAsync(timeout.Token);
        await client.Completion.WaitAsync(timeout.Token);

        ping.Type.Should().Be(MqttPacketType.PingReq);
        client.CloseReason!.Message.Should().Contain("No PINGRESP").And.Contain("1.5 x keep-alive");
        var read = async () => await client.Messages.ReadAsync(timeout.Token);
        (await read.Should().ThrowAsync<System.Threading.Channels.ChannelClosedException>()).WithInnerException<MqttConnectionClosedException>();
    }

    [TestCase(new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F }, "more than four bytes")]
    [TestCase(new byte[] { 0x36, 0x02, 0x00, 0x00 }, "QoS 3")]
    [TestCase(new byte[] { 0x20, 0x02, 0x00, 0x00 }, "Unexpected ConnAck")]
    [TestCase(new byte[] { 0x30, 0x04, 0x00, 0x09, 0x41, 0x42 }, "runs past the end")]
    public async Task ReadLoop_WhenPeerSendsMalformedPacket_ClosesWithLoggedReason(byte[] garbage, string reason)
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = await ConnectAsync(peer, Options(peer), timeout.Token);

        await peer.SendRawAsync(garbage, timeout.Token);
        await client.Completion.WaitAsync(timeout.Token);

        client.CloseReason.Should().BeOfType<MqttConnectionClosedException>();
        client.CloseReason!.Message.Should().Contain(reason);
        (await peer.WaitForCloseAsync(timeout.Token)).Should().BeTrue("the client dropped the socket");
    }

    [Test]
    public async Task ReadLoop_WhenPeerClosesInTheMiddleOfAPacket_ReportsTruncation()
    {
        using var timeout = new CancellationTokenSource(Generous);
        var peer = new ScriptedMqttPeer();
        await using var client = await ConnectAsync(peer, Options(peer), timeout.Token);

        await peer.SendRawAsync([0x30, 0x64, 0x00, 0x03, 0x61], timeout.Token); // announces 100 bytes, sends 3
        await peer.DisposeAsync();
        await client.Completion.WaitAsync(timeout.Token);

        client.CloseReason!.Message.Should().Contain("truncated");
    }

    [Test]
    public async Task ReadLoop_WhenPacketAnnouncesHugeLength_ClosesWithoutWaitingForTheBody()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = await ConnectAsync(peer, Options(peer), timeout.Token);

        await peer.SendRawAsync([0x30, 0xFF, 0xFF, 0xFF, 0x7F], timeout.Token); // 268 435 455 bytes announced
        await client.Completion.WaitAsync(timeout.Token);

        client.CloseReason!.Message.Should().Contain("exceeds the maximum packet size of 1048576 bytes");
    }

    [Test]
    public async Task DisposeAsync_WhenConnected_SendsDisconnect()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        var client = await ConnectAsync(peer, Options(peer), timeout.Token);

        await client.DisposeAsync();

        (await peer.ReadPacketAsync(timeout.Token)).Type.Should().Be(MqttPacketType.Disconnect);
        client.CloseReason.Should().BeNull();
    }

    [Test]
    public async Task PublishAsync_FromManyThreads_WritesWholePackets()
    {
        using var timeout = new CancellationTokenSource(Generous);
        await using var peer = new ScriptedMqttPeer();
        await using var client = await ConnectAsync(peer, Options(peer), timeout.Token);

        var publishers = Enumerable.Range(0, 8).Select(t => Task.Run(
            async () =>
            {
                for (var i = 0; i < 50; i++)
                {
                    await client.PublishAsync("c/" + t, new byte[1000 + t], cancellationToken: timeout.Token);
                }
            },
            timeout.Token));
        await Task.WhenAll(publishers);

        var counts = new Dictionary<string, int>();
        for (var i = 0; i < 400; i++)
        {
            var packet = await peer.ReadPacketAsync<MqttPublishPacket>(timeout.Token);
            packet.Payload.Length.Should().Be(1000 + int.Parse(packet.Topic[2..], System.Globalization.CultureInfo.InvariantCulture));
            counts[packet.Topic] = counts.GetValueOrDefault(packet.Topic) + 1;
        }

        counts.Values.Should().AllSatisfy(c => c.Should().Be(50));
    }
}
