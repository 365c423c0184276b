using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Content;

/// <summary>
/// synonyms.yml's mistakes, each reported at its line and column with a code and a hint, all at once; a good file
/// builds without a word said.
/// </summary>
public sealed class SynonymsCheckTests
{
    [Fact]
    public void The_sample_synonyms_build_cleanly()
    {
        using var site = TempSite.FromSample();
        Assert.True(File.Exists(site.InputPath("synonyms.yml")));
        var result = site.Build();
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Path.EndsWith("synonyms.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_mistake_of_the_file_is_reported_where_it_is()
    {
        using var site = TempSite.FromSample();
        site.WriteInput("synonyms.yml", """
            - [DOMS, delayed onset muscle soreness]
            - ITB
            - [stitch, { side: stitch }]
            - [the, of]
            - [alone]
            """);
        var result = site.Build();
        var found = result.Diagnostics.Where(d => d.Location.Path.EndsWith("synonyms.yml", StringComparison.Ordinal))
            .Select(d => (d.Code, d.Location.Line, d.Location.Column, d.IsError)).OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        Assert.Equal(
        [
            (DiagnosticCode.WrongType, 2, 3, true),     // a group that is no list
            (DiagnosticCode.InvalidValue, 3, 3, false), // what is left of the next group: one entry
            (DiagnosticCode.WrongType, 3, 12, true),    // an entry that is no text
            (DiagnosticCode.InvalidValue, 4, 3, false), // a group of stop words only
            (DiagnosticCode.InvalidValue, 4, 4, false),
            (DiagnosticCode.InvalidValue, 4, 9, false),
            (DiagnosticCode.InvalidValue, 5, 3, false), // a group of one
        ], found.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList());
        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Hint)));
    }

    [Fact]
    public void A_file_that_is_not_a_list_says_how_to_write_one()
    {
        using var site = TempSite.FromSample();
        site.WriteInput("synonyms.yml", "doms: delayed onset muscle soreness\n");
        var diagnostic = Assert.Single(site.Build().Diagnostics, d => d.Location.Path.EndsWith("synonyms.yml", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCode.WrongType, diagnostic.Code);
        Assert.Contains("- [DOMS, delayed onset muscle soreness]", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_a_yaml_error_at_its_line()
    {
        using var site = TempSite.FromSample();
        site.WriteInput("synonyms.yml", "- [DOMS, delayed onset muscle soreness]\n- [ITB, iliotibial band\n");
        var diagnostic = Assert.Single(site.Build().Diagnostics, d => d.Location.Path.EndsWith("synonyms.yml", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCode.MalformedYaml, diagnostic.Code);
        Assert.InRange(diagnostic.Location.Line, 2, 3);
    }
}
