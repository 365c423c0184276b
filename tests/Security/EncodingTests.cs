using System.Text;
using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Security;

/// <summary>Input text is UTF-8: other encodings are errors at the first bad byte, with the likely encoding named.</summary>
public sealed class EncodingTests
{
    private const string Knees = "answers/2026/sore-knees.md";

    private static void WriteBytes(TempSite site, string relative, byte[] bytes) => File.WriteAllBytes(site.InputPath(relative), bytes);

    [Fact]
    public void Windows_1252_smart_quotes_are_reported_at_the_first_one_and_the_encoding_is_named()
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        var text = site.ReadInput(Knees).Replace("You have not worn your knees out.", "You haven\u2019t worn your \u201cknees\u201d out.", StringComparison.Ordinal);
        WriteBytes(site, Knees, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text));
        var (line, column) = TextPosition.Of(text, "You haven", "\u2019");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.NotUtf8, error.Code);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains("Windows-1252", error.Hint, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Hint, StringComparison.Ordinal);
        before.AssertUnchanged(site.Output);
    }

    [Fact]
    public void Latin_1_accents_are_reported_with_latin_1_named()
    {
        using var site = TempSite.FromFixture("minimal");
        var text = site.ReadInput("experts/rachel-moss.md").Replace("Running coach", "Entraîneuse, Genève", StringComparison.Ordinal);
        WriteBytes(site, "experts/rachel-moss.md", Encoding.Latin1.GetBytes(text));
        var (line, column) = TextPosition.Of(text, "Entra", "î");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.NotUtf8, error.Code);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains("Latin-1", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("tags.yml")]
    [InlineData(Knees)]
    public void A_utf_16_file_is_named_as_such(string relative)
    {
        using var site = TempSite.FromFixture("minimal");
        WriteBytes(site, relative, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(site.ReadInput(relative))]);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError && d.Code == DiagnosticCode.NotUtf8);
        Assert.EndsWith(relative, error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_ends_are_accepted()
    {
        using var site = TempSite.FromFixture("minimal");
        foreach (var relative in new[] { Knees, "site.yml", "tags.yml", "experts/rachel-moss.md" })
            WriteBytes(site, relative, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(site.ReadInput(relative).ReplaceLineEndings("\r\n"))]);

        site.BuildClean();

        var page = site.Built.Page("answers/sore-knees/index.html");
        Assert.Equal("Why do my knees get sore a few miles in?", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData('\0', "NUL")]
    [InlineData('\u001B', "escape")]
    [InlineData('\u0085', "U+0085")]
    [InlineData('\uFFFF', "U+FFFF")]
    public void A_control_character_is_reported_where_it_is(char control, string named)
    {
        using var site = TempSite.FromFixture("minimal");
        var text = site.Replace(Knees, "Strengthen your glutes", $"Strengthen{control} your glutes");
        var (line, column) = TextPosition.Of(text, "Strengthen", control.ToString());

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.ControlCharacter, error.Code);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
