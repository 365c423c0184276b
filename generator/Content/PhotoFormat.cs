using System.Xml;

namespace RunnersQA.Content;

/// <summary>
/// What may be published as an expert's photo: a JPEG, PNG, GIF, WebP or AVIF image (told by its first bytes,
/// not its name), or an SVG with nothing in it that runs. A photo is served from the site's own origin, so a
/// script or a page in its place would run there.
/// </summary>
public static class PhotoFormat
{
    private static readonly string[] Raster = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];

    private static readonly HashSet<string> ActiveSvgElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "object", "embed", "handler", "listener", "set", "animate", "style", "image", "feImage",
    };

    /// <returns>Why the file cannot be a photo, or null when it can.</returns>
    public static string? Problem(string fileName, ReadOnlySpan<byte> bytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".svg") return SvgProblem(bytes);
        if (!Raster.Contains(extension)) return "it is not an image file (a photo is .jpg, .png, .webp, .avif, .gif or .svg)";
        return MatchesMagic(extension, bytes) ? null : $"its bytes are not a {extension[1..].ToUpperInvariant()} image";
    }

    private static bool MatchesMagic(string extension, ReadOnlySpan<byte> b) => extension switch
    {
        ".jpg" or ".jpeg" => b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".png" => b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]),
        ".gif" => b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8),
        ".webp" => b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8),
        ".avif" => b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8) && (b[8..12].SequenceEqual("avif"u8) || b[8..12].SequenceEqual("avis"u8)),
        _ => false,
    };

    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XLinkNamespace = "http://www.w3.org/1999/xlink";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>
    /// Read with a real XML parser (no DTD, so no entity expansion), and allowed only what draws: an svg root,
    /// every element in the SVG namespace and none that runs, embeds or styles; no processing instruction (an
    /// XSLT stylesheet runs script); no event handler, no source or action, no style; links only within the file.
    /// </summary>
    private static string? SvgProblem(ReadOnlySpan<byte> bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = InputLimits.MediaFileBytes };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes.ToArray()), settings);
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction) return $"the SVG holds a processing instruction (<?{reader.Name}?>), which could run on the site";
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.NamespaceURI != SvgNamespace) return $"the SVG holds a <{reader.Name}> element from outside SVG";
                if (root && reader.LocalName != "svg") return "it is not an SVG image (its root is not <svg>)";
                root = false;
                if (ActiveSvgElements.Contains(reader.LocalName)) return $"the SVG holds a <{reader.LocalName}> element, which could run on the site";
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (reader.NamespaceURI is XmlnsNamespace or XmlNamespace) continue;
                    if (reader.NamespaceURI is not ("" or XLinkNamespace)) return $"the SVG has an attribute from outside SVG ({reader.Name})";
                    if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || reader.LocalName is "src" or "action" or "formaction" or "style")
                        return $"the SVG has a {reader.LocalName} attribute, which could run or load something on the site";
                    if (reader.LocalName == "href" && !reader.Value.TrimStart().StartsWith('#'))
                        return "the SVG links to something outside itself";
                    if (reader.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) && !reader.Value.Replace(" ", "").Contains("url(#", StringComparison.OrdinalIgnoreCase))
                        return "the SVG loads something from outside itself";
                }
                reader.MoveToElement();
            }
            return root ? "it is not an SVG image" : null;
        }
        catch (XmlException e)
        {
            return $"the SVG cannot be read as XML ({e.Message})";
        }
    }
}
