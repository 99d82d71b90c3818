using Printernizer.Domain.Printers;

namespace Printernizer.Domain.Tests.Printers;

public sealed class PrinterTests
{
    [TestCase("ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [TestCase("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    public void NormalizeFingerprint_WhenSha256Hex_ReturnsUpperCaseWithoutSeparators(string input, string expected)
    {
        Printer.NormalizeFingerprint(input).Should().Be(expected);
    }

    [TestCase("")]
    [TestCase("not hex at all")]
    [TestCase("ABCDEF")]
    [TestCase("ZZCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    public void NormalizeFingerprint_WhenNotASha256_ReturnsNull(string input)
    {
        Printer.NormalizeFingerprint(input).Should().BeNull();
    }
}
