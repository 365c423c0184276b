using RunnersQA.Diagnostics;

namespace RunnersQA.Tests.Cli;

/// <summary>Workflow commands escape what the Actions runner would otherwise read as syntax.</summary>
public sealed class GitHubAnnotationTests
{
    [Fact]
    public void Properties_escape_colons_and_commas_and_data_escapes_percent_and_line_breaks()
    {
        var diagnostic = new Diagnostic(new SourceLocation("input/a,b:c.md", 3, 7), Severity.Warning, DiagnosticCode.UnknownField,
            "100% sure\r\nnot", "fix, then: rerun");

        Assert.Equal("::warning file=input/a%2Cb%3Ac.md,line=3,col=7,title=RQA024 unknown-field::100%25 sure%0D%0Anot%0Ahint: fix, then: rerun",
            GitHubAnnotation.Format(diagnostic));
    }
}
