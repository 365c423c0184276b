using System.Diagnostics;
using System.Text;
using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Security;

/// <summary>
/// Inputs a hostile reviewer found that got past the first version of the guards: a script published as a
/// photo, a theme script that overflowed the minifier's stack, an endless template loop, content that forged
/// lines of the build's output, paths too long for the file system, names and encodings that were misnamed.
/// </summary>
public sealed class HostileInputTests
{
    private const string Expert = "experts/rachel-moss.md";

    [Theory]
    [InlineData("pwn.js", "alert(document.domain)")]
    [InlineData("pwn.html", "<!doctype html><script src=\"/experts/rachel-moss/pwn.js\"></script>")]
    [InlineData("fake.png", "not a png at all")]
    [InlineData("pwn.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("pwn.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("pwn.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\"javascript:alert(1)\"><text>hi</text></a></svg>")]
    [InlineData("pwn.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>")]
    [InlineData("lol.svg", "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>")]
    [InlineData("xslt.svg", "<?xml-stylesheet type=\"text/xsl\" href=\"data:text/xml;base64,PHg+PC94Pg==\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("frame.svg", "<h:html xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:frameset><h:frame src=\"javascript:alert(1)\"/></h:frameset><svg xmlns=\"http://www.w3.org/2000/svg\"/></h:html>")]
    [InlineData("use.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"data:image/svg+xml;base64,PHN2Zy8+#x\"/></svg>")]
    [InlineData("style.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://evil.example/x.css);</style></svg>")]
    [InlineData("bg.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(https://evil.example/x)\"/></svg>")]
    [InlineData("xhtml.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><h:form xmlns:h=\"http://www.w3.org/1999/xhtml\" action=\"javascript:alert(1)\"/></svg>")]
    public void Only_an_image_with_nothing_that_runs_is_published_as_a_photo(string name, string content)
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        site.WriteInput($"experts/{name}", content);
        var text = site.Replace(Expert, "role: Running coach", $"role: Running coach\nphoto: {name}");
        var (line, column) = TextPosition.Of(text, "photo:", name);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.InvalidValue, error.Code);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        before.AssertUnchanged(site.Output);
    }

    [Fact]
    public void A_real_png_photo_is_published()
    {
        using var site = TempSite.FromFixture("minimal");
        site.WriteInput("experts/rachel-moss.png", "");
        File.WriteAllBytes(site.InputPath("experts/rachel-moss.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        site.Replace(Expert, "role: Running coach", "role: Running coach\nphoto: rachel-moss.png");

        site.BuildClean();

        Assert.True(File.Exists(Path.Combine(site.Output, "experts", "rachel-moss", "rachel-moss.png")));
    }

    [Theory]
    [InlineData("x.js", "'var x=\\n' + '!\\n' * 20000 + 'a;'")]
    [InlineData("x.js", "'if(a)' * 5000 + 'b();'")]
    [InlineData("x.css", "'a{' * 20000 + '}' * 20000")]
    public void A_theme_asset_that_overflowed_the_minifier_is_published_as_written(string name, string recipe)
    {
        using var site = TempSite.FromFixture("minimal");
        var text = recipe switch
        {
            "'var x=\\n' + '!\\n' * 20000 + 'a;'" => "var x=\n" + string.Concat(Enumerable.Repeat("!\n", 20_000)) + "a;",
            "'if(a)' * 5000 + 'b();'" => string.Concat(Enumerable.Repeat("if(a)", 5_000)) + "b();",
            _ => string.Concat(Enumerable.Repeat("a{", 20_000)) + new string('}', 20_000),
        };
        site.WriteInput($"theme/assets/{name}", text);

        var run = CliRun.Invoke("build", "--input", site.Input, "--output", site.Output, "--theme", Repository.DefaultTheme);

        Assert.True(run.ExitCode == 0, run.Stdout);
        Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), Path.GetFileNameWithoutExtension(name) + ".*" + Path.GetExtension(name)));
    }

    [Theory]
    [InlineData("{{ while true; end }}")]
    [InlineData("{{ for i in 1..100000; for j in 1..100000; end; end }}")]
    public void An_endless_template_loop_is_an_error_not_a_hung_build(string loop)
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        var footer = File.ReadAllText(Path.Combine(Repository.DefaultTheme, "templates", "layouts", "base.html"));
        site.WriteInput("theme/templates/layouts/base.html", loop + footer);
        var clock = Stopwatch.StartNew();

        var result = site.Build();

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30)); // a bound on a hang, not a speed test
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.InvalidTemplate && d.Location.Path.EndsWith("theme/templates/layouts/base.html", StringComparison.Ordinal));
        before.AssertUnchanged(site.Output);
    }

    [Theory]
    [InlineData("expert: \"priya\\n::error file=site.yml,line=1::forged annotation\"")]
    [InlineData("expert: \"priya\\e[31mRED\\r::warning::forged\"")]
    public void Content_cannot_forge_a_line_of_the_output(string field)
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2026/sore-knees.md", "expert: rachel-moss", field);

        var run = CliRun.Invoke("check", "--input", site.Input);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(run.Stdout.Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001B', run.Stdout);
        Assert.DoesNotContain('\r', run.Stdout);
        Assert.Matches(@"\\(n|r|u001B)", run.Stdout);
    }

    [Fact]
    public void A_link_that_percent_encodes_a_line_break_cannot_forge_a_line_either()
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2026/sore-knees.md", "You have not worn your knees out.", "See [x](/a%0A::error%20file=site.yml::forged%1B[31m).");

        var run = CliRun.Invoke("check", "--input", site.Input);

        Assert.Contains(run.StdoutLines, l => l.Contains(" error RQA031: ", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Stdout.Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001B', run.Stdout);
    }

    [Theory]
    [InlineData("/answers/rest-days/index.html", 26)]
    [InlineData("/answers/REST-DAYS/", 26)]
    [InlineData("/answers/rest-days/old.html", 26)]
    [InlineData("/_redirects", 26)]
    [InlineData("/.htaccess", 25)]
    [InlineData("/.well-known/security.txt", 25)]
    [InlineData("/a%00b/", 25)]
    public void An_alias_cannot_take_over_a_page_or_a_file_the_host_reads(string alias, int code)
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        site.Replace("answers/2026/sore-knees.md", "tags: [knee-pain, strength]", $"tags: [knee-pain, strength]\naliases: [\"{alias}\"]");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code.Number);
        before.AssertUnchanged(site.Output);
    }

    [Theory]
    [InlineData("/old/q/", "/old/q/index.html")]
    [InlineData("/old/x.html", "/old/x.html/")]
    [InlineData("/old/y.html", "/old/y.html/z/")]
    [InlineData("/old/a/", "/OLD/A/")]
    public void Two_aliases_that_would_write_one_file_or_a_file_and_a_folder_conflict(string first, string second)
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2026/sore-knees.md", "tags: [knee-pain, strength]", $"tags: [knee-pain, strength]\naliases: [\"{first}\", \"{second}\"]");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.AliasConflict, error.Code);
        Assert.Contains(second, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hundreds_of_repeated_headings_are_refused_before_Markdig_numbers_them()
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2026/sore-knees.md", "You have not worn your knees out.", string.Concat(Enumerable.Repeat("## a\n\n", 20_000)));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.OverLimit, error.Code);
        Assert.Contains("headings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_slow_scripts_cannot_stall_a_build()
    {
        using var site = TempSite.FromFixture("minimal");
        var slow = string.Concat(Enumerable.Repeat("if(a)", 12_000)) + "b;";
        for (var i = 0; i < 30; i++) site.WriteInput($"theme/assets/slow-{i}.js", slow);
        var clock = Stopwatch.StartNew();

        site.BuildClean();

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30)); // a bound on a stall, not a speed test
    }

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    public void Bidi_and_invisible_characters_in_content_are_shown_as_escapes(string format)
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2026/sore-knees.md", "tags: [knee-pain, strength]", "tags: [\"knee\\u202Epain\\e[2J\", strength]");

        var run = CliRun.Invoke("check", "--input", site.Input, "--format", format);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u202E', run.Stdout);
        Assert.DoesNotContain('\u001B', run.Stdout);
        Assert.Contains("\\u202E", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(300, 1)]
    [InlineData(2, 3000)]
    public void An_alias_too_long_for_the_file_system_is_an_invalid_alias_at_its_line(int segmentLength, int segments)
    {
        using var site = TempSite.FromFixture("minimal");
        var alias = string.Concat(Enumerable.Repeat("/" + new string('a', segmentLength - 1), segments)) + "/";
        var text = site.Replace("answers/2026/sore-knees.md", "tags: [knee-pain, strength]", $"tags: [knee-pain, strength]\naliases: [\"{alias}\"]");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.InvalidAlias, error.Code);
        Assert.Equal(TextPosition.Of(text, "aliases:", "\"").Line, error.Location.Line);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_named_as_such_not_as_a_link()
    {
        using var site = TempSite.FromFixture("minimal");
        // .NET can neither make nor delete a file whose name is not UTF-8, so the shell does both.
        Shell(site.InputPath("answers/2026"), "touch \"$(printf 'bad\\377\\376.md')\"");
        try
        {
            var result = site.Build();

            var error = Assert.Single(result.Diagnostics, d => d.IsError);
            Assert.Equal(DiagnosticCode.NotUtf8, error.Code);
            Assert.Contains("file name", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Shell(site.InputPath("answers/2026"), "rm -f bad*");
        }
    }

    private static void Shell(string folder, string command)
    {
        using var shell = Process.Start(new ProcessStartInfo("sh") { ArgumentList = { "-c", command }, WorkingDirectory = folder })!;
        Assert.True(shell.WaitForExit(10_000) && shell.ExitCode == 0, command);
    }

    [Fact]
    public void A_utf_32_file_is_named_as_such()
    {
        using var site = TempSite.FromFixture("minimal");
        File.WriteAllBytes(site.InputPath("site.yml"), [.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, false).GetBytes(site.ReadInput("site.yml"))]);

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.NotUtf8 && d.Message.Contains("UTF-32", StringComparison.Ordinal));
    }
}
