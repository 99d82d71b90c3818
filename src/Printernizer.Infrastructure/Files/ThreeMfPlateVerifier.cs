using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Printernizer.Infrastructure.Files;

/// <summary>
/// Checks Bambu 3MF files: every <c>Metadata/plate_N.gcode.md5</c> must match the MD5 of <c>Metadata/plate_N.gcode</c>.
/// Files without such entries (or not a zip at all) pass; a mismatch is a corrupt transfer.
/// </summary>
internal static partial class ThreeMfPlateVerifier
{
    /// <summary>Null when fine, else what is wrong.</summary>
    public static string? Verify(string path)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        using (zip)
        {
            foreach (var md5Entry in zip.Entries.Where(e => PlateMd5().IsMatch(e.FullName)))
            {
                var gcode = zip.GetEntry(md5Entry.FullName[..^4]);
                if (gcode is null || md5Entry.Length > 1024)
                {
                    continue;
                }

                string expected;
                using (var reader = new StreamReader(md5Entry.Open(), Encoding.ASCII))
                {
                    expected = reader.ReadToEnd().Trim();
                }

                if (expected.Length < 32)
                {
                    continue;
                }

                string actual;
                using (var stream = gcode.Open())
                {
#pragma warning disable CA5351 // Bambu 3MF files carry MD5 checksums: an integrity check of the transfer, not security
                    actual = Convert.ToHexString(MD5.HashData(stream));
#pragma warning restore CA5351
                }

                if (!string.Equals(actual, expected[..32], StringComparison.OrdinalIgnoreCase))
                {
                    return $"{gcode.FullName} does not match its MD5 (expected {expected[..32]}, got {actual}): the file is damaged.";
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Metadata/plate_\d+\.gcode\.md5$", RegexOptions.CultureInvariant)]
    private static partial Regex PlateMd5();
}
