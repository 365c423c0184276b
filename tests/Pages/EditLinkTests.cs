using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>
/// site.yml's <c>repository:</c>: each answer links to "Suggest a correction" and each expert page to "Edit this
/// profile", the platform's web editor for that very file; without it, no such link.
/// </summary>
public sealed class EditLinkTests
{
    private static string EditLink(AngleSharp.Html.Dom.IHtmlDocument page) =>
        Assert.Single(page.QuerySelectorAll("main .edit-link a")).GetAttribute("href")!;

    [Fact]
    public void A_github_repository_links_every_answer_and_expert_to_its_file_in_the_editor()
    {
        using var site = TempSite.FromFixture("minimal");
        File.AppendAllText(site.InputPath("site.yml"), "repository: { url: https://github.com/runners-qa/site }\n");
        site.BuildClean();

        var answers = Directory.GetFiles(site.InputPath("answers"), "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(answers);
        foreach (var file in answers)
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            var relative = Path.GetRelativePath(site.Input, file).Replace('\\', '/');
            var page = site.Built.Page($"answers/{slug}/index.html");
            Assert.Equal($"https://github.com/runners-qa/site/edit/main/input/{relative}", EditLink(page));
            Assert.Equal("Suggest a correction", BuiltSite.TextOf(page.QuerySelector("main .edit-link a")!));
        }
        foreach (var expert in site.Content.Experts)
        {
            var page = site.Built.Page($"experts/{expert.Id}/index.html");
            Assert.Equal($"https://github.com/runners-qa/site/edit/main/input/experts/{expert.Id}.md", EditLink(page));
            Assert.Equal("Edit this profile", BuiltSite.TextOf(page.QuerySelector("main .edit-link a")!));
        }
    }

    [Fact]
    public void Branch_folder_and_platform_shape_the_address()
    {
        using var site = TempSite.FromFixture("minimal");
        File.AppendAllText(site.InputPath("site.yml"),
            "repository: { url: https://git.example.org/coaches/column.git, branch: live/site, folder: sites/swim/input, platform: gitlab }\n");
        site.BuildClean();

        var page = site.Built.Page("answers/sore-knees/index.html");
        Assert.Equal("https://git.example.org/coaches/column/-/edit/live/site/sites/swim/input/answers/2026/sore-knees.md", EditLink(page));
    }

    [Fact]
    public void Without_a_repository_no_page_has_an_edit_link()
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        Assert.All(site.Built.Pages(), p => Assert.Empty(p.Document.QuerySelectorAll(".edit-link")));
    }

    [Theory]
    [InlineData("{ url: https://git.example.org/a/b }", "GitHub or GitLab")]
    [InlineData("{ url: https://github.com/ }", "address of a repository")]
    [InlineData("{ url: http://github.com/a/b }", "address of a repository")]
    [InlineData("{ url: https://github.com/a/b, folder: ../secrets }", "without `..`")]
    [InlineData("{ url: https://github.com/a/b, branch: \"main branch\" }", "branch name")]
    [InlineData("{ url: https://github.com/a/b, platform: bitbucket }", "one of github, gitlab")]
    public void A_repository_that_makes_no_editor_address_is_an_error_at_its_line(string value, string said)
    {
        using var site = TempSite.FromFixture("minimal");
        var lines = File.ReadAllLines(site.InputPath("site.yml")).Length;
        File.AppendAllText(site.InputPath("site.yml"), $"repository: {value}\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCode.InvalidValue, error.Code);
        Assert.Equal(lines + 1, error.Location.Line);
        Assert.EndsWith("site.yml", error.Location.Path);
        Assert.Contains(said, error.Message + " " + error.Hint);
    }
}
