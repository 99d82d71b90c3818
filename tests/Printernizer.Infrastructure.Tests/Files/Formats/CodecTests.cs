using System.Text;
using Printernizer.Infrastructure.Files.Formats;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Files.Formats;

public sealed class CodecTests
{
    [Test]
    public void Compute_WhenStandardCheckInput_GivesTheCrc32CheckValue()
    {
        Crc32.Compute(Encoding.ASCII.GetBytes("123456789")).Should().Be(0xCBF43926u);
        Crc32.Append(Crc32.Compute("1234"u8), "56789"u8).Should().Be(0xCBF43926u);
    }

    [Test]
    public void Encode_WhenDecodedAgain_GivesTheSamePixels()
    {
        var random = new Random(1);
        var pixels = new byte[37 * 23 * 4];
        random.NextBytes(pixels);
        for (var i = 0; i < 200; i++)
        {
            pixels[i] = 7; // a flat run so several filter types get chosen
        }

        var png = PngEncoder.Encode(pixels, 37, 23);
        var image = PngDecoder.Decode(png);

        image.Width.Should().Be(37);
        image.Height.Should().Be(23);
        image.Pixels.Should().Equal(pixels);
    }

    [Test]
    public void Decode_WhenSlicerThumbnailPng_DecodesToItsDeclaredSize()
    {
        var text = SharedFixtures.ReadText("files", "prusaslicer-2.5.0_MINI_box_png-thumbs.gcode");
        var start = text.IndexOf("; thumbnail begin 220x124", StringComparison.Ordinal);
        var end = text.IndexOf("; thumbnail end", start, StringComparison.Ordinal);
        var base64 = string.Concat(text[start..end].Split('\n').Skip(1).Select(l => l.Length > 2 ? l[2..].Trim() : string.Empty));

        var image = PngDecoder.Decode(Convert.FromBase64String(base64));

        image.Width.Should().Be(220);
        image.Height.Should().Be(124);
    }

    [Test]
    public void Decode_WhenPngChunkIsCorrupted_ThrowsAClearError()
    {
        var png = PngEncoder.Encode(new byte[4 * 4 * 4], 4, 4);
        png[40] ^= 0xFF;

        var act = () => PngDecoder.Decode(png);

        act.Should().Throw<InvalidPrintFileException>().WithMessage("PNG chunk * has a bad CRC");
    }

    [Test]
    public void Decode_WhenQoiUsesEveryOperation_ProducesTheReferencePixels()
    {
        // RGB, DIFF, LUMA, RGBA, INDEX (hash of the first pixel = 9), RUN x1, end marker.
        byte[] qoi =
        [
            (byte)'q', (byte)'o', (byte)'i', (byte)'f', 0, 0, 0, 3, 0, 0, 0, 2, 4, 0,
            0xFE, 10, 20, 30,
            0x76,
            0xA5, 0xA5,
            0xFF, 1, 2, 3, 128,
            0x09,
            0xC0,
            0, 0, 0, 0, 0, 0, 0, 1,
        ];

        var image = QoiDecoder.Decode(qoi);

        image.GetPixel(0, 0).Should().Be(0x0A141EFFu);
        image.GetPixel(1, 0).Should().Be(0x0B131EFFu);
        image.GetPixel(2, 0).Should().Be(0x121820FFu);
        image.GetPixel(0, 1).Should().Be(0x01020380u);
        image.GetPixel(1, 1).Should().Be(0x0A141EFFu);
        image.GetPixel(2, 1).Should().Be(0x0A141EFFu);
    }

    [Test]
    public void Decode_WhenQoiDeclaresHugeDimensions_RejectsBeforeAllocating()
    {
        byte[] qoi = [(byte)'q', (byte)'o', (byte)'i', (byte)'f', 0x7F, 0, 0, 0, 0x7F, 0, 0, 0, 4, 0];

        var act = () => QoiDecoder.Decode(qoi);

        act.Should().Throw<InvalidPrintFileException>().WithMessage("QOI dimensions * are over the limit");
    }

    [Test]
    public void Decode_WhenQoiIsTruncated_ThrowsAClearError()
    {
        byte[] qoi = [(byte)'q', (byte)'o', (byte)'i', (byte)'f', 0, 0, 0, 8, 0, 0, 0, 8, 4, 0, 0xFE, 1];

        var act = () => QoiDecoder.Decode(qoi);

        act.Should().Throw<InvalidPrintFileException>().WithMessage("QOI data is truncated");
    }
}
