using System.Text;
using Printernizer.Application.Files;

namespace Printernizer.Application.Tests.Files;

public sealed class SafeFileNameTests
{
    [TestCase("../../x", "x")]
    [TestCase("..\\..\\windows\\system32\\evil.gcode", "windows_system32_evil.gcode")]
    [TestCase("/etc/passwd", "etc_passwd")]
    [TestCase("C:\\temp\\a.gcode", "C__temp_a.gcode")]
    [TestCase("cache/Benchy.gcode.3mf", "cache_Benchy.gcode.3mf")]
    public void Create_WhenNameContainsPathParts_ReturnsOneSegmentWithoutDotDot(string input, string expected)
    {
        var safe = SafeFileName.Create(input);

        safe.Should().Be(expected);
        safe.Should().NotContain("/").And.NotContain("\\");
        safe.Should().NotStartWith(".");
    }

    [TestCase("CON", "_CON")]
    [TestCase("nul", "_nul")]
    [TestCase("COM1.gcode", "_COM1.gcode")]
    [TestCase("LPT9.txt", "_LPT9.txt")]
    [TestCase("aux.tar.gz", "_aux.tar.gz")]
    public void Create_WhenNameIsReservedDeviceName_PrefixesIt(string input, string expected) =>
        SafeFileName.Create(input).Should().Be(expected);

    [TestCase("CONSOLE.gcode", "CONSOLE.gcode")]
    [TestCase("Benchy_0.2mm_PLA_1h12m.gcode", "Benchy_0.2mm_PLA_1h12m.gcode")]
    [TestCase("Zahnrad M2 (Ersatz) – grün.gcode.3mf", "Zahnrad M2 (Ersatz) – grün.gcode.3mf")]
    [TestCase("日本語のモデル.3mf", "日本語のモデル.3mf")]
    public void Create_WhenNameIsHarmless_KeepsIt(string input, string expected) =>
        SafeFileName.Create(input).Should().Be(expected);

    [Test]
    public void Create_WhenNameHasControlCharactersAndNewlines_ReplacesThem()
    {
        var safe = SafeFileName.Create("evil\nname\r\u0000\u001b[31m.gcode");

        safe.Should().Be("evil name __[31m.gcode");
        safe.Any(char.IsControl).Should().BeFalse();
    }

    [TestCase("a<b>c:d\"e|f?g*h.gcode", "a_b_c_d_e_f_g_h.gcode")]
    [TestCase("name. . .", "name")]
    [TestCase("   spaced    out   .gcode", "spaced out .gcode")]
    [TestCase(".hidden.gcode", "hidden.gcode")]
    public void Create_WhenNameHasWindowsInvalidCharactersOrTrailingDots_CleansThem(string input, string expected) =>
        SafeFileName.Create(input).Should().Be(expected);

    [TestCase("")]
    [TestCase(null)]
    [TestCase("..")]
    [TestCase("../..")]
    [TestCase("   ")]
    [TestCase("\n\n")]
    public void Create_WhenNothingUsableRemains_ReturnsFallback(string? input) =>
        SafeFileName.Create(input, "file").Should().Be("file");

    [Test]
    public void Create_WhenNameIsOverlong_TruncatesAndKeepsCompoundExtension()
    {
        var safe = SafeFileName.Create(new string('a', 300) + ".gcode.3mf");

        Encoding.UTF8.GetByteCount(safe).Should().BeLessThanOrEqualTo(SafeFileName.MaxUtf8Bytes);
        safe.Should().EndWith(".gcode.3mf").And.StartWith("aaaa");
    }

    [Test]
    public void Create_WhenOverlongNameIsMultiByte_DoesNotSplitCharacters()
    {
        var safe = SafeFileName.Create(string.Concat(Enumerable.Repeat("😀ü", 200)) + ".gcode");

        Encoding.UTF8.GetByteCount(safe).Should().BeLessThanOrEqualTo(SafeFileName.MaxUtf8Bytes);
        safe.Should().EndWith(".gcode");
        safe.Should().NotContain("\uFFFD");
        char.IsHighSurrogate(safe[^7]).Should().BeFalse("a surrogate pair must not be cut in half");
    }

    [TestCase("Benchy.gcode", 2, "Benchy (2).gcode")]
    [TestCase("Halter.gcode.3mf", 3, "Halter (3).gcode.3mf")]
    [TestCase("README", 2, "README (2)")]
    public void WithSuffix_WhenNameCollides_AddsNumberBeforeExtension(string input, int n, string expected) =>
        SafeFileName.WithSuffix(input, n).Should().Be(expected);

    [Test]
    public void Create_WhenResultIsCombinedWithAFolder_NeverLeavesIt()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "library"));
        string[] hostile = ["../../x", "..", "/abs/path", "a/../../b", "C:\\x", "\\\\server\\share", "~/x", "%2e%2e%2fx", new string('/', 50), "CON", "x\n../y"];

        foreach (var name in hostile)
        {
            var full = Path.GetFullPath(Path.Combine(root, SafeFileName.Create(name)));
            full.Should().StartWith(root + Path.DirectorySeparatorChar, $"'{name}' must stay inside the folder");
            Path.GetDirectoryName(full).Should().Be(root);
        }
    }
}
