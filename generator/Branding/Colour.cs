using System.Globalization;

namespace RunnersQA.Branding;

/// <summary>An sRGB colour, with WCAG 2's relative luminance and contrast ratio.</summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    public static Colour White { get; } = new(255, 255, 255);
    public static Colour Black { get; } = new(0, 0, 0);

    /// <summary>"#0b6e4f", "0b6e4f" or the short "#0b5"; null for anything else.</summary>
    public static Colour? Parse(string text)
    {
        var hex = text.Trim().TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => new string(c, 2)));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)) return null;
        return new Colour((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public string Hex => $"#{R:x2}{G:x2}{B:x2}";

    /// <summary>WCAG 2.x relative luminance, 0 (black) to 1 (white).</summary>
    public double Luminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    /// <summary>WCAG 2.x contrast ratio, 1 to 21.</summary>
    public double ContrastWith(Colour other)
    {
        var (a, b) = (Luminance, other.Luminance);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>This colour moved a share (0 to 1) of the way to <paramref name="other"/>.</summary>
    public Colour Towards(Colour other, double share) =>
        new(Mix(R, other.R, share), Mix(G, other.G, share), Mix(B, other.B, share));

    private static byte Mix(byte from, byte to, double share) => (byte)Math.Round(from + (to - from) * share);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
