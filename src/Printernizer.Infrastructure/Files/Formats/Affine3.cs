using System.Globalization;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>3MF transform: 3x3 matrix plus translation, row-vector convention <c>[x y z 1] x M</c>.</summary>
internal readonly record struct Affine3(
    double M00, double M01, double M02,
    double M10, double M11, double M12,
    double M20, double M21, double M22,
    double M30, double M31, double M32)
{
    public static Affine3 Identity { get; } = new(1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0);

    /// <summary>Parses the 12-number attribute; null when malformed (not exactly 12 finite numbers).</summary>
    public static Affine3? Parse(string? text, double unitScale)
    {
        if (text is null)
        {
            return Identity;
        }

        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 12)
        {
            return null;
        }

        Span<double> m = stackalloc double[12];
        for (var i = 0; i < 12; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out m[i]) || !double.IsFinite(m[i]))
            {
                return null;
            }
        }

        return new Affine3(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9] * unitScale, m[10] * unitScale, m[11] * unitScale);
    }

    /// <summary>Applies this transform first, then <paramref name="outer"/>.</summary>
    public Affine3 Then(Affine3 outer) => new(
        (M00 * outer.M00) + (M01 * outer.M10) + (M02 * outer.M20),
        (M00 * outer.M01) + (M01 * outer.M11) + (M02 * outer.M21),
        (M00 * outer.M02) + (M01 * outer.M12) + (M02 * outer.M22),
        (M10 * outer.M00) + (M11 * outer.M10) + (M12 * outer.M20),
        (M10 * outer.M01) + (M11 * outer.M11) + (M12 * outer.M21),
        (M10 * outer.M02) + (M11 * outer.M12) + (M12 * outer.M22),
        (M20 * outer.M00) + (M21 * outer.M10) + (M22 * outer.M20),
        (M20 * outer.M01) + (M21 * outer.M11) + (M22 * outer.M21),
        (M20 * outer.M02) + (M21 * outer.M12) + (M22 * outer.M22),
        (M30 * outer.M00) + (M31 * outer.M10) + (M32 * outer.M20) + outer.M30,
        (M30 * outer.M01) + (M31 * outer.M11) + (M32 * outer.M21) + outer.M31,
        (M30 * outer.M02) + (M31 * outer.M12) + (M32 * outer.M22) + outer.M32);

    public double Determinant =>
        (M00 * ((M11 * M22) - (M12 * M21))) - (M01 * ((M10 * M22) - (M12 * M20))) + (M02 * ((M10 * M21) - (M11 * M20)));

    public void Apply(float x, float y, float z, out float ox, out float oy, out float oz)
    {
        ox = (float)((x * M00) + (y * M10) + (z * M20) + M30);
        oy = (float)((x * M01) + (y * M11) + (z * M21) + M31);
        oz = (float)((x * M02) + (y * M12) + (z * M22) + M32);
    }
}
