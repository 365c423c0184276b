using RunnersQA.Content;

namespace RunnersQA.Tests.Content;

/// <summary>
/// An image's size is read from its header, so the page keeps the image's place while it loads: each format's
/// header is built here as its specification lays it out, and a header that lies gives no size at all.
/// </summary>
public sealed class ImageSizeTests
{
    private static byte[] WebP(string chunk, params byte[] payload)
    {
        var bytes = new byte[Math.Max(32, 20 + payload.Length)];
        "RIFF"u8.CopyTo(bytes);
        "WEBP"u8.CopyTo(bytes.AsSpan(8));
        System.Text.Encoding.ASCII.GetBytes(chunk).CopyTo(bytes.AsSpan(12));
        payload.CopyTo(bytes.AsSpan(20));
        return bytes;
    }

    /// <summary>
    /// Each WebP kind's first chunk as its specification lays it out: VP8X has flags (4 bytes), then canvas width - 1
    /// and height - 1 in 24 bits each; VP8L has the signature 0x2F, then width - 1 and height - 1 in 14 bits each;
    /// "VP8 " has a frame tag (3 bytes), the start code 9D 01 2A, then width and height in 14 bits each (the top 2 scale).
    /// </summary>
    [Theory]
    [InlineData("VP8X", new byte[] { 0, 0, 0, 0, 0x3F, 0x06, 0x00, 0x83, 0x03, 0x00 }, 1600, 900)]
    [InlineData("VP8L", new byte[] { 0x2F, 0xCF, 0xC2, 0x63, 0x00 }, 720, 400)]
    [InlineData("VP8 ", new byte[] { 0, 0, 0, 0x9D, 0x01, 0x2A, 0x80, 0x42, 0xE0, 0xC1 }, 640, 480)]
    public void A_webp_gives_its_size_from_its_first_chunk(string chunk, byte[] payload, int width, int height)
    {
        Assert.Equal((width, height), ImageSize.Of(WebP(chunk, payload)));
    }

    [Fact]
    public void The_sample_png_gives_its_size()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.SampleInput, "answers", "2026", "calf-raise-on-a-step.png"));
        Assert.Equal((720, 400), ImageSize.Of(bytes));
    }

    [Fact]
    public void A_jpeg_gives_its_first_frame_after_skipping_segments()
    {
        // SOI, an APP0 segment of 16 bytes, then SOF0: length 17, precision 8, height 300, width 500.
        byte[] bytes = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. new byte[14], 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x01, 0xF4, 0x03, .. new byte[9]];
        Assert.Equal((500, 300), ImageSize.Of(bytes));
    }

    [Theory]
    [InlineData("png with a negative width")]
    [InlineData("png with no height")]
    [InlineData("webp cut short")]
    [InlineData("webp with an unknown chunk")]
    [InlineData("jpeg with no frame")]
    public void A_header_that_lies_gives_no_size(string name)
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 10, 0, 0, 0, 10];
        byte[] bytes = name switch
        {
            "png with a negative width" => [.. png[..16], 0xFF, 0xFF, 0xFF, 0xF6, .. png[20..]],
            "png with no height" => [.. png[..20], 0, 0, 0, 0],
            "webp cut short" => WebP("VP8X")[..24],
            "webp with an unknown chunk" => WebP("ALPH", 0, 0, 0, 0, 0x3F, 0x06, 0x00, 0x83, 0x03, 0x00),
            "jpeg with no frame" => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. new byte[14], 0xFF, 0xD9, .. new byte[10]],
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        Assert.Null(ImageSize.Of(bytes));
    }
}
