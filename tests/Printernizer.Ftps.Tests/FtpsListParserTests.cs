using Printernizer.Ftps;

namespace Printernizer.Ftps.Tests;

public sealed class FtpsListParserTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 21, 11, 0, 0, TimeSpan.Zero);

    [Test]
    public void Parse_WhenLinesHaveYearTimeAndSpaces_ReturnsEntriesAsOnThePrinter()
    {
        const string listing =
            "-rw-r--r--  1 1000 1000  1632221 Jun 17  2025 video_2025-06-17_12-12-18.mp4\r\n" +
            "-rwxr-xr-x  1 0    0       12345 Oct 21 12:34 name with spaces.gcode.3mf\r\n" +
            "drwxr-xr-x  2 0    0        4096 Oct 21 12:34 cache\r\n";

        var entries = FtpsListParser.Parse(listing, Now);

        entries.Should().Equal(
            new FtpsListEntry("video_2025-06-17_12-12-18.mp4", 1632221, new DateTimeOffset(2025, 6, 17, 0, 0, 0, TimeSpan.Zero), false),
            new FtpsListEntry("name with spaces.gcode.3mf", 12345, new DateTimeOffset(2025, 10, 21, 12, 34, 0, TimeSpan.Zero), false),
            new FtpsListEntry("cache", 4096, new DateTimeOffset(2025, 10, 21, 12, 34, 0, TimeSpan.Zero), true));
    }

    [Test]
    public void Parse_WhenYearLessDateWouldBeInTheFuture_UsesThePreviousYear()
    {
        var newYear = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

        var entries = FtpsListParser.Parse("-rw-r--r-- 1 0 0 10 Dec 30 10:00 plate.gcode.3mf\n", newYear);

        entries.Single().Modified.Should().Be(new DateTimeOffset(2025, 12, 30, 10, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public void Parse_WhenNameHasUnicodeAndRepeatedSpaces_KeepsTheNameExactly()
    {
        const string listing =
            "-rw-r--r--    1 0        0             42 Nov 20 09:15 Grüße 你好 ✓.gcode.3mf\n" +
            "-rw-r--r--    1 0        0              7 Nov 20 09:15 two  spaces   here.txt\n" +
            "-rw-r--r--    1 0        0              7 Nov 20 09:15  leading space.txt\n";

        var names = FtpsListParser.Parse(listing, Now).Select(e => e.Name);

        names.Should().Equal("Grüße 你好 ✓.gcode.3mf", "two  spaces   here.txt", " leading space.txt");
    }

    [Test]
    public void Parse_WhenNameIs300Characters_ReturnsTheWholeName()
    {
        var longName = new string('a', 150) + " " + new string('ß', 149);

        var entry = FtpsListParser.Parse($"-rw-r--r-- 1 0 0 99999999999 Mar 01  2024 {longName}\n", Now).Single();

        entry.Name.Should().Be(longName).And.HaveLength(300);
        entry.Size.Should().Be(99_999_999_999);
    }

    [Test]
    public void Parse_WhenEntryIsSymlink_SplitsNameAndTarget()
    {
        var entry = FtpsListParser.Parse("lrwxrwxrwx 1 0 0 11 Oct 21 12:34 latest -> timelapse/a.mp4\n", Now).Single();

        entry.Should().Be(new FtpsListEntry("latest", 11, new DateTimeOffset(2025, 10, 21, 12, 34, 0, TimeSpan.Zero), false, true, "timelapse/a.mp4"));
    }

    [Test]
    public void Parse_WhenListingHasTotalDotsAndGarbage_SkipsThemAndKeepsGoodLines()
    {
        const string listing =
            "total 12\n" +
            "drwxr-xr-x 2 0 0 4096 Oct 21 12:34 .\n" +
            "drwxr-xr-x 2 0 0 4096 Oct 21 12:34 ..\n" +
            "this is not a listing line\n" +
            "-rw-r--r-- 1 0 0 notanumber Oct 21 12:34 broken.txt\n" +
            "-rw-r--r-- 1 0 0 5 Foo 21 12:34 badmonth.txt\n" +
            "\n" +
            "-rw-r--r-- 1 0 0 5 Oct 21 12:34 good.txt\n";

        FtpsListParser.Parse(listing, Now).Select(e => e.Name).Should().Equal("good.txt");
    }

    [Test]
    public void Parse_WhenOwnerAndGroupColumnsAreMissing_StillFindsSizeDateAndName()
    {
        var entry = FtpsListParser.Parse("-rw-r--r-- 1 0 2048 Feb  3  2025 short.gcode\n", Now).Single();

        entry.Should().Be(new FtpsListEntry("short.gcode", 2048, new DateTimeOffset(2025, 2, 3, 0, 0, 0, TimeSpan.Zero), false));
    }

    [Test]
    public void Parse_WhenYearLessFebruary29InNonLeapYear_UsesTheLeapYearBefore()
    {
        var now = new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero);

        var entry = FtpsListParser.Parse("-rw-r--r-- 1 0 0 1 Feb 29 10:00 leap.txt\n", now).Single();

        entry.Modified.Should().Be(new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.Zero));
    }
}
