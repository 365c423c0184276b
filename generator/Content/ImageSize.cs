using System.Buffers.Binary;

namespace RunnersQA.Content;

/// <summary>An image's width and height in pixels, read from its header without decoding it; null when the format does not say cheaply.</summary>
public static class ImageSize
{
    public static (int Width, int Height)? Of(ReadOnlySpan<byte> b)
    {
        var size = Header(b);
        // A header can lie (a hostile or broken file): a size the page cannot use is no size.
        return size is { Item1: > 0, Item2: > 0 } ? size : null;
    }

    private static (int, int)? Header(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 24 && b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
            return (BinaryPrimitives.ReadInt32BigEndian(b[16..]), BinaryPrimitives.ReadInt32BigEndian(b[20..]));
        if (b.Length >= 10 && (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8)))
            return (BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]));
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xD8) return Jpeg(b);
        if (b.Length >= 30 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return WebP(b);
        return null;
    }

    /// <summary>The first start-of-frame marker's size; each segment before it is skipped by its length.</summary>
    private static (int, int)? Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            // SOF0-SOF15, but DHT (C4), JPG (C8) and DAC (CC), which share the range.
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
                return (BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            if (length < 2) return null;
            i += 2 + length;
        }
        return null;
    }

    /// <summary>The first chunk says: VP8X (extended) holds the canvas, VP8L (lossless) and "VP8 " (lossy) their frame's size.</summary>
    private static (int, int)? WebP(ReadOnlySpan<byte> b)
    {
        var chunk = b[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
            return (1 + (b[24] | b[25] << 8 | b[26] << 16), 1 + (b[27] | b[28] << 8 | b[29] << 16));
        if (chunk.SequenceEqual("VP8L"u8) && b[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(b[21..]);
            return (1 + (int)(bits & 0x3FFF), 1 + (int)((bits >> 14) & 0x3FFF));
        }
        if (chunk.SequenceEqual("VP8 "u8) && b[23] == 0x9D && b[24] == 0x01 && b[25] == 0x2A)
            return (BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF);
        return null;
    }
}
