using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>
/// An answer's images live beside its file and are named by a relative path: each is published once under
/// media/ with a content-hashed name, and every way of getting one wrong is an error at the image's own place.
/// </summary>
public sealed class AnswerImageTests
{
    private const string Knees = "answers/2026/sore-knees.md";
    private const string Body = "You have not worn your knees out.";

    private static byte[] Png(int width, int height)
    {
        // A real, decodable 1-colour PNG, so a browser would show it too.
        var raw = new byte[height * (1 + width * 3)];
        using var compressed = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw);
        var chunks = new MemoryStream();
        chunks.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = 2;
        Chunk("IHDR", ihdr); Chunk("IDAT", compressed.ToArray()); Chunk("IEND", []);
        return chunks.ToArray();

        void Chunk(string type, byte[] data)
        {
            var length = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            chunks.Write(length);
            var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            chunks.Write(typed);
            var crc = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
            chunks.Write(crc);
        }
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    private static void WriteBytes(TempSite site, string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(site.InputPath(relative))!);
        File.WriteAllBytes(site.InputPath(relative), bytes);
    }

    [Fact]
    public void An_image_beside_the_answer_is_published_once_by_its_content_and_the_page_shows_it()
    {
        using var site = TempSite.FromFixture("minimal");
        var png = Png(64, 32);
        WriteBytes(site, "answers/2026/calf-raise.png", png);
        WriteBytes(site, "answers/2026/img/bridge.png", Png(10, 10));
        site.Replace(Knees, Body, Body + "\n\n![A calf raise on a step](calf-raise.png)\n\n![The same raise again](calf-raise.png)\n\n![A glute bridge](img/bridge.png)");
        site.BuildClean();

        var page = site.Built.Page("answers/sore-knees/index.html");
        var images = page.QuerySelectorAll("main .prose img").ToList();
        Assert.Equal(3, images.Count);
        var src = images[0].GetAttribute("src")!;
        Assert.Matches(@"^/media/calf-raise\.[0-9a-f]{12}\.png$", src);
        Assert.Equal(src, images[1].GetAttribute("src"));
        Assert.Equal(png, File.ReadAllBytes(site.Built.PathOf(src.TrimStart('/'))));
        Assert.Equal(("64", "32"), (images[0].GetAttribute("width"), images[0].GetAttribute("height")));
        Assert.Equal("lazy", images[0].GetAttribute("loading"));
        Assert.Matches(@"^/media/bridge\.[0-9a-f]{12}\.png$", images[2].GetAttribute("src")!);
        // Published once each, and nothing that no answer shows.
        Assert.Equal(2, Directory.GetFiles(site.Built.PathOf("media")).Length);
    }

    [Fact]
    public void A_changed_image_gets_a_new_address_and_an_unreferenced_one_is_not_published()
    {
        using var site = TempSite.FromFixture("minimal");
        WriteBytes(site, "answers/2026/calf-raise.png", Png(8, 8));
        WriteBytes(site, "answers/2026/unused.png", Png(4, 4));
        site.Replace(Knees, Body, Body + "\n\n![A calf raise on a step](calf-raise.png)");
        site.BuildClean();
        var first = site.Built.Page("answers/sore-knees/index.html").QuerySelector("main .prose img")!.GetAttribute("src");
        WriteBytes(site, "answers/2026/calf-raise.png", Png(9, 8));
        site.BuildClean();
        var second = site.Built.Page("answers/sore-knees/index.html").QuerySelector("main .prose img")!.GetAttribute("src");
        Assert.NotEqual(first, second);
        Assert.Single(Directory.GetFiles(site.Built.PathOf("media")));
    }

    [Theory]
    [InlineData("calf-raize.png", "is not a file in", "did you mean `calf-raise.png`?")]
    [InlineData("../../experts/rachel.png", "is outside", "beside the answer")]
    [InlineData("diagram.svg", "is an SVG", "script")]
    [InlineData("notes.txt", "is not an image", "JPEG, PNG")]
    [InlineData("fake.png", "cannot be published", "save it again")]
    [InlineData("huge.png", "cannot be published", "at most")]
    [InlineData("link.png", "is not a file in", "give its file name")]
    public void A_bad_image_is_an_error_at_its_own_line_and_column(string name, string message, string hint)
    {
        using var site = TempSite.FromFixture("minimal");
        WriteBytes(site, "answers/2026/calf-raise.png", Png(8, 8));
        WriteBytes(site, "answers/2026/fake.png", "this is text, not a picture"u8.ToArray());
        WriteBytes(site, "answers/2026/huge.png", [.. Png(8, 8), .. new byte[InputLimits.MediaFileBytes]]);
        WriteBytes(site, "answers/2026/diagram.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray());
        WriteBytes(site, "answers/2026/notes.txt", "notes"u8.ToArray());
        File.CreateSymbolicLink(site.InputPath("answers/2026/link.png"), "/etc/hostname");
        var text = site.Replace(Knees, Body, Body + $"\n\nSee this: ![A calf raise]({name})");
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains($"]({name})", StringComparison.Ordinal)) + 1;

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.AnswerImage);
        Assert.Equal((line, "See this: ".Length + 1), (error.Location.Line, error.Location.Column));
        Assert.EndsWith(Knees, error.Location.Path);
        Assert.Contains(message, error.Message);
        Assert.Contains(hint, error.Hint);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.BrokenLocalLink);
    }

    [Fact]
    public void The_sample_shows_its_image()
    {
        using var site = TempSite.FromSample();
        site.BuildClean();
        var images = site.Built.Pages().SelectMany(p => p.Document.QuerySelectorAll("main .prose img")).Select(i => i.GetAttribute("src")!).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, src => Assert.True(site.Built.Exists(src.TrimStart('/')), src));
    }
}
