using RunnersQA.Pipeline;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pipeline;

/// <summary>
/// A build session (what <c>serve</c> keeps) rebuilds only what an edit touches, and its folder always ends up
/// exactly as a clean build of the same input would write it.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempSite _site = TempSite.FromSample();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Edits => [.. EditsByName.Keys];

    private static readonly Dictionary<string, Action<TempSite>> EditsByName = new()
    {
        ["body"] = site => AppendToBody(site, Oldest(site)),
        ["title"] = site => site.Replace(Relative(site, Oldest(site)), $"title: {Oldest(site).Title}", "title: A new title for the oldest answer here"),
        ["tags"] = site =>
        {
            var answer = Oldest(site);
            var other = site.Content.Tags.Select(t => t.Id).First(t => !answer.Tags.Contains(t));
            site.Replace(Relative(site, answer), $"tags: [{string.Join(", ", answer.Tags)}]", $"tags: [{string.Join(", ", answer.Tags.Append(other))}]");
        },
        ["date"] = site => site.Replace(Relative(site, Oldest(site)), $"date: {Oldest(site).Date:yyyy-MM-dd}", "date: 2025-12-30"),
        ["new answer"] = site => site.WriteInput("answers/2025/a-new-answer-about-cadence.md",
            site.ReadInput(Relative(site, Oldest(site))).Replace($"title: {Oldest(site).Title}", "title: A second answer about cadence and stride", StringComparison.Ordinal)),
        ["deleted answer"] = site => File.Delete(Oldest(site).FullPath),
        ["draft"] = site => site.Replace(Relative(site, Oldest(site)), $"title: {Oldest(site).Title}", $"draft: true\ntitle: {Oldest(site).Title}"),
        ["expert"] = site => site.Replace("experts/eilidh-campbell.md", "role: Sports dietitian", "role: Sports dietitian and hill runner"),
        ["site.yml"] = site => site.Replace("site.yml", "title: Runners' Q&A", "title: The Runners' Clinic"),
        ["theme"] = site => site.Overlay("theme-override"),
    };

    private static AnswerFacts Oldest(TempSite site) => site.Content.Published()[^1];

    private static string Relative(TempSite site, AnswerFacts answer) => Path.GetRelativePath(site.Input, answer.FullPath);

    private static void AppendToBody(TempSite site, AnswerFacts answer) =>
        File.AppendAllText(answer.FullPath, "\nOne more closing line, added while previewing.\n");

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_the_folder_is_what_a_clean_build_writes(string edit)
    {
        var session = new BuildSession(_site.Options());
        AssertSucceeded(session.Run());

        EditsByName[edit](_site);
        var rebuilt = session.Run();

        AssertSucceeded(rebuilt);
        var clean = Path.Combine(_site.Root, "clean");
        AssertSucceeded(SiteBuild.Run(_site.Options(output: clean)));
        AssertSameFiles(clean, _site.Output);
    }

    [Fact]
    public void Editing_an_answer_renders_only_its_page_and_the_pages_that_show_it()
    {
        var session = new BuildSession(_site.Options());
        var first = session.Run();
        AssertSucceeded(first);
        Assert.Equal(first.Pages, first.PagesRendered);
        var answer = Oldest(_site);
        var url = $"/answers/{answer.Slug}/";
        // Its own page, and every page that shows it: listings, and answers that name it as related, older or newer.
        var showing = _site.Built.Pages().Count(p => BuiltSite.Hrefs(p.Document, "a[href]").Contains(url)
            || p.File == $"answers/{answer.Slug}/index.html");

        AppendToBody(_site, answer);
        var rebuilt = session.Run();

        AssertSucceeded(rebuilt);
        Assert.InRange(rebuilt.PagesRendered, 1, showing);
        Assert.True(showing < first.Pages / 2, $"{showing} of {first.Pages} pages show the answer: the test needs one on few pages");
        Assert.Contains("added while previewing", _site.Built.Text($"answers/{answer.Slug}/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_renders_and_writes_nothing()
    {
        var session = new BuildSession(_site.Options());
        AssertSucceeded(session.Run());
        var before = FileTree.Take(_site.Output);

        var again = session.Run();

        AssertSucceeded(again);
        Assert.Equal(0, again.PagesRendered);
        Assert.Equal(0, again.FilesChanged);
        before.AssertUnchanged(_site.Output);
    }

    [Fact]
    public void A_failed_rebuild_leaves_the_folder_alone_and_the_next_good_one_catches_up()
    {
        var session = new BuildSession(_site.Options());
        AssertSucceeded(session.Run());
        var before = FileTree.Take(_site.Output);
        var answer = Oldest(_site);
        var good = File.ReadAllText(answer.FullPath);

        File.WriteAllText(answer.FullPath, good.Replace($"expert: {answer.Expert}", "expert: nobody-we-know", StringComparison.Ordinal));
        Assert.False(session.Run().Succeeded);
        before.AssertUnchanged(_site.Output);

        File.WriteAllText(answer.FullPath, good.Replace($"title: {answer.Title}", "title: Fixed, and retitled while at it", StringComparison.Ordinal));
        AssertSucceeded(session.Run());
        var clean = Path.Combine(_site.Root, "clean");
        AssertSucceeded(SiteBuild.Run(_site.Options(output: clean)));
        AssertSameFiles(clean, _site.Output);
    }

    private static void AssertSucceeded(BuildResult result) =>
        Assert.True(result.Succeeded, "the build failed:\n" + string.Join("\n", result.Diagnostics.Select(Diagnostics.DiagnosticFormatter.Format)));

    private static void AssertSameFiles(string expected, string actual)
    {
        var want = FileTree.Take(expected).Files;
        var have = FileTree.Take(actual).Files;
        Assert.Equal(want.Keys, have.Keys);
        var different = want.Keys.Where(f => want[f].Sha256 != have[f].Sha256).ToList();
        Assert.True(different.Count == 0, "differ from a clean build: " + string.Join(", ", different));
        Assert.Equal(FileTree.Take(expected).Directories, FileTree.Take(actual).Directories);
    }
}
