using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Content;

/// <summary>docs/diagnostics.md explains every code, under its own heading, with a bad and a fixed example.</summary>
public sealed class DiagnosticDocsTests
{
    [Fact]
    public void Every_code_has_a_section_with_a_bad_and_a_fixed_example()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));
        // Sections start "## RQAnnn"; examples may hold "## " headings of their own.
        var sections = text.Split("\n## RQA").Skip(1).Select(s => "RQA" + s).ToDictionary(s => s[..s.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal);

        Assert.Equal(DiagnosticCode.All.Select(c => c.ToString()), sections.Keys);
        foreach (var code in DiagnosticCode.All)
        {
            var section = sections[code.ToString()];
            Assert.StartsWith($"{code} {code.Name}", section, StringComparison.Ordinal);
            Assert.Contains("bad", section, StringComparison.Ordinal);
            Assert.Contains("fixed", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Codes_are_numbered_in_order_with_unique_names() =>
        Assert.Equal(Enumerable.Range(1, DiagnosticCode.All.Count), DiagnosticCode.All.Select(c => c.Number));
}
