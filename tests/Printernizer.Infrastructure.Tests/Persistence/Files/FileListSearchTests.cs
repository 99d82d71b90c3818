namespace Printernizer.Infrastructure.Tests.Persistence.Files;

/// <summary>Search of the combined file list: trigram index for three characters and more, LIKE below, hostile input.</summary>
public sealed class FileListSearchTests
{
    private static readonly string[] Names =
    [
        "Halterung_v3.gcode.3mf",
        "Wandhalterung groß.stl",
        "Würfel_Ärger.3mf",
        "ÜBERHANG_test.gcode",
        "quote\"inside.gcode",
        "NEAR(a b).gcode",
        "minus-part-2.bgcode",
        "colon:name.gcode",
        "star*wars.gcode",
        "percent_100%.gcode",
        "back\\slash.gcode",
        "caret^hat (copy).gcode",
        "Benchy 🚀 rocket.stl",
        "plain.gcode",
    ];

    private static async Task<FileListDatabase> SeedAsync()
    {
        var database = await FileListDatabase.CreateAsync();
        var printer = await database.AddPrinterAsync("Sim A1");
        for (var i = 0; i < Names.Length; i++)
        {
            await database.AddFileAsync(Names[i], i % 2 == 0 ? printer : null, i % 2 == 0 ? "available" : "local");
        }

        return database;
    }

    [TestCase("lterun", new[] { "Halterung_v3.gcode.3mf", "Wandhalterung groß.stl" })]
    [TestCase("HALTERUNG", new[] { "Halterung_v3.gcode.3mf", "Wandhalterung groß.stl" })]
    [TestCase("ung_v", new[] { "Halterung_v3.gcode.3mf" })]
    [TestCase("ng gr", new[] { "Wandhalterung groß.stl" })]
    [TestCase(".gcode.3mf", new[] { "Halterung_v3.gcode.3mf" })]
    [TestCase("cache/Halt", new[] { "Halterung_v3.gcode.3mf" })]
    [TestCase("no such file", new string[0])]
    public async Task ListAsync_WhenSearchIsPartOfTheNameOrPath_FindsItCaseInsensitively(string search, string[] expected)
    {
        using var database = await SeedAsync();

        var names = await database.SearchNamesAsync(search);

        names.Should().BeEquivalentTo(expected);
    }

    [TestCase("Würfel", "Würfel_Ärger.3mf")]
    [TestCase("ärger", "Würfel_Ärger.3mf")]
    [TestCase("groß", "Wandhalterung groß.stl")]
    [TestCase("überhang", "ÜBERHANG_test.gcode")]
    [TestCase("🚀 ro", "Benchy 🚀 rocket.stl")]
    public async Task ListAsync_WhenSearchHasUnicodeLetters_FindsTheNameIgnoringCase(string search, string expected)
    {
        using var database = await SeedAsync();

        var names = await database.SearchNamesAsync(search);

        names.Should().Equal(expected);
    }

    [TestCase("\"")]
    [TestCase("\"\"")]
    [TestCase("e\"i")]
    [TestCase("quote\"")]
    [TestCase("NEAR(a b)")]
    [TestCase("NEAR")]
    [TestCase("*")]
    [TestCase("star*")]
    [TestCase("r*w")]
    [TestCase("-part")]
    [TestCase("minus-")]
    [TestCase(":")]
    [TestCase("colon:")]
    [TestCase("path:plain")]
    [TestCase("^hat")]
    [TestCase("(copy)")]
    [TestCase("a OR b")]
    [TestCase("AND")]
    [TestCase("%")]
    [TestCase("_100%")]
    [TestCase("\\")]
    [TestCase("k\\s")]
    [TestCase("'; DROP TABLE files; --")]
    [TestCase("line\nbreak")]
    [TestCase("nul\0char")]
    public async Task ListAsync_WhenSearchHasQuerySyntaxCharacters_MatchesThemLiterally(string search)
    {
        using var database = await SeedAsync();

        var names = await database.SearchNamesAsync(search);

        // The oracle: exactly the files whose shown path contains the text (all ASCII here, so plain case folding).
        var expected = Names.Where(n => n.Contains(search, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        names.Should().Equal(expected);
        (await database.ListAsync()).TotalCount.Should().Be(Names.Length, "the table is intact");
    }

    [TestCase("v3", new[] { "Halterung_v3.gcode.3mf" })]
    [TestCase("V3", new[] { "Halterung_v3.gcode.3mf" })]
    [TestCase("%", new[] { "percent_100%.gcode" })]
    [TestCase("_", new[] { "Halterung_v3.gcode.3mf", "percent_100%.gcode", "Würfel_Ärger.3mf", "ÜBERHANG_test.gcode" })]
    [TestCase("ß", new[] { "Wandhalterung groß.stl" })]
    [TestCase("🚀", new[] { "Benchy 🚀 rocket.stl" })]
    [TestCase("zz", new string[0])]
    public async Task ListAsync_WhenSearchIsShorterThanThreeCharacters_StillFindsSubstrings(string search, string[] expected)
    {
        using var database = await SeedAsync();

        var names = await database.SearchNamesAsync(search);

        names.Should().BeEquivalentTo(expected);
    }

    [Test]
    public async Task ListAsync_WhenSearchIsCombinedWithFiltersAndPaging_CountsAllMatchesAndPagesThem()
    {
        using var database = await FileListDatabase.CreateAsync();
        var a = await database.AddPrinterAsync("A");
        var b = await database.AddPrinterAsync("B");
        for (var i = 0; i < 30; i++)
        {
            await database.AddFileAsync($"Halterung_{i:D2}.gcode", i % 3 == 0 ? b : a);
            await database.AddFileAsync($"Other_{i:D2}.gcode", a);
        }

        var page = await database.Queries.ListAsync(new(a, null, null, "halterung", 2, 7, "name"), CancellationToken.None);

        page.TotalCount.Should().Be(20);
        page.Items.Select(f => f.Name).Should().Equal("Halterung_11.gcode", "Halterung_13.gcode", "Halterung_14.gcode", "Halterung_16.gcode", "Halterung_17.gcode", "Halterung_19.gcode", "Halterung_20.gcode");
    }

    [Test]
    public async Task ListAsync_WhenFileIsRenamedOrDeleted_SearchFollowsTheRow()
    {
        using var database = await SeedAsync();
        var id = (await database.ListAsync("plain")).Items.Single().Id;
        var file = (await database.Repository.GetAsync(id, CancellationToken.None))!;

        file.Name = "renamed_Drachen.gcode";
        file.Path = "local/2026/01/renamed_Drachen.gcode";
        await database.Repository.UpdateAsync(file, CancellationToken.None);

        (await database.SearchNamesAsync("plain")).Should().BeEmpty();
        (await database.SearchNamesAsync("drachen")).Should().Equal("renamed_Drachen.gcode");

        await database.Repository.DeleteAsync(id, CancellationToken.None);

        (await database.SearchNamesAsync("drachen")).Should().BeEmpty();
        (await database.SearchNamesAsync(".gcode")).Should().HaveCount(Names.Count(n => n.Contains(".gcode", StringComparison.Ordinal)) - 1);
    }
}
