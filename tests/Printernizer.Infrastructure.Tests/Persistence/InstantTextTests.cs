using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Tests.Persistence;

public sealed class InstantTextTests
{
    private static readonly DateTimeOffset[] Instants =
    [
        new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999),
        new DateTimeOffset(2026, 3, 29, 3, 15, 7, TimeSpan.FromHours(2)).AddTicks(1234567),
        DateTimeOffset.MinValue,
        new(9999, 12, 31, 23, 59, 59, TimeSpan.Zero),
    ];

    [Test]
    public void ParseInstant_WhenStorageText_ReturnsTheSameInstantInUtc()
    {
        foreach (var instant in Instants)
        {
            var parsed = DapperTypeHandlers.ParseInstant(DapperTypeHandlers.ToText(instant));

            parsed.Should().Be(instant);
            parsed.Offset.Should().Be(TimeSpan.Zero);
        }
    }

    [TestCase("2026-11-21T09:30:00Z", "2026-11-21T09:30:00.0000000Z")]
    [TestCase("2026-11-21 09:30:00", "2026-11-21T09:30:00.0000000Z")]
    [TestCase("2026-11-21T10:30:00.5+01:00", "2026-11-21T09:30:00.5000000Z")]
    public void ParseInstant_WhenOtherIsoForms_StillParsesThem(string text, string expected)
    {
        DapperTypeHandlers.ToText(DapperTypeHandlers.ParseInstant(text)).Should().Be(expected);
    }

    [TestCase("2026-02-30T00:00:00.0000000Z")]
    [TestCase("2026-13-01T00:00:00.0000000Z")]
    [TestCase("2026-11-21T24:00:00.0000000Z")]
    [TestCase("2026-11-2xT00:00:00.0000000Z")]
    public void ParseInstant_WhenStorageShapedButInvalid_Throws(string text)
    {
        var act = () => DapperTypeHandlers.ParseInstant(text);

        act.Should().Throw<FormatException>();
    }
}
