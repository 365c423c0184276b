using RunnersQA.Artifacts;
using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Search;
using RunnersQA.Templates;
using RunnersQA.Tests.Support;
using RunnersQA.Validation;

namespace RunnersQA.Tests.Artifacts;

/// <summary>
/// Every output is a source in <see cref="SiteOutputs"/>, and each declares the paths it writes: aliases are kept
/// clear of those, so a source that wrote outside them would let an alias overwrite it.
/// </summary>
public sealed class OutputRegistryTests
{
    /// <summary>The minimal fixture with what makes more paths: one answer a page, old addresses, a photo, the editor.</summary>
    private static TempSite Paginated()
    {
        var site = TempSite.FromFixture("minimal");
        site.Replace("site.yml", "per_page: 20", "per_page: 1");
        site.Replace("answers/2026/sore-knees.md", "date: 2026-03-02\n", "date: 2026-03-02\naliases: [/answers/knees/, /old-knees.html, /old/2026/knees]\n");
        File.Copy(Path.Combine(Repository.SampleInput, "experts/rachel-moss.svg"), site.InputPath("experts/rachel-moss.svg"));
        site.Replace("experts/rachel-moss.md", "role: Running coach\n", "role: Running coach\nphoto: rachel-moss.svg\n");
        File.AppendAllText(site.InputPath("site.yml"), "repository: { url: https://github.com/runners-qa/site }\ncms: { backend: github }\n");
        site.InstallDecap();
        return site;
    }

    private static TempSite Make(string which) => which == "sample" ? TempSite.FromSample() : Paginated();

    /// <summary>What each registered source makes for the site in <paramref name="folder"/>, made as the build makes it.</summary>
    private static (ContentSet Content, List<(IOutputSource Source, string Path)> Made) MakeAll(string folder)
    {
        var bag = new DiagnosticBag();
        var input = InputFolder.At(folder);
        var content = ContentLoader.Load(input, null, bag);
        var theme = ThemeFiles.Load(Repository.DefaultTheme, input, content.Files, bag);
        var site = Site.Create(content, includeDrafts: false, DefaultThemeStrings.For(content, input));
        var outputs = SiteOutputs.Default;
        var pages = outputs.Plan(site);
        var made = new List<(IOutputSource, string)>();
        foreach (var source in outputs.Pages.Append(outputs.Aliases))
            made.AddRange(source.Plan(site).Select(p => ((IOutputSource)source, p.OutputPath)));
        foreach (var source in outputs.Files)
            made.AddRange(source.Make(site, pages).Select(f => ((IOutputSource)source, f.Path)));
        made.AddRange(ThemeAssets.Collect(theme, "", bag).Files.Select(f => ((IOutputSource)outputs.Assets, f.Path)));
        made.AddRange(SearchIndexer.Make(site).Files.Select(f => ((IOutputSource)outputs.SearchIndex, f.Path)));
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted().Select(DiagnosticFormatter.Format)));
        return (content, made);
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("paginated")]
    public void Every_source_writes_only_within_the_paths_it_reserves(string which)
    {
        using var temp = Make(which);
        var (content, made) = MakeAll(temp.Input);

        foreach (var (source, path) in made)
            Assert.True(source.Reserved(content).Any(r => r.Covers(path)), $"{source.GetType().Name} writes {path}, which it does not reserve");
        // Not true by having nothing to check: every source made something here (the editor only where it is on).
        Assert.All(SiteOutputs.Default.All.Where(s => which == "paginated" || s is not (AdminPage or CmsFiles)),
            source => Assert.Contains(made, m => m.Source == source));
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("paginated")]
    public void What_the_sources_make_is_all_the_build_publishes(string which)
    {
        using var temp = Make(which);
        temp.BuildClean();
        var (_, made) = MakeAll(temp.Input);

        Assert.Equal(made.Select(m => m.Path).Order(StringComparer.Ordinal), temp.Built.Files);
    }

    [Fact]
    public void The_paginated_fixture_has_archive_tag_and_alias_pages()
    {
        using var temp = Paginated();
        var (_, made) = MakeAll(temp.Input);
        var paths = made.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("page/2/index.html", paths);
        Assert.Contains(paths, p => p.StartsWith("tags/", StringComparison.Ordinal) && p.Contains("/page/2/", StringComparison.Ordinal));
        Assert.Contains("old/2026/knees/index.html", paths);
        Assert.Contains("experts/rachel-moss/rachel-moss.svg", paths);
        Assert.Contains("corrections/index.html", paths);
        Assert.Contains("corrections/feed.xml", paths);
    }

    [Fact]
    public void An_alias_at_any_path_the_site_reserves_is_refused()
    {
        using var temp = TempSite.FromFixture("minimal");
        var reserved = SiteOutputs.Default.Reserved(Load(temp.Input)).Where(r => r.Owner is null).Select(r => r.Path).Distinct().ToList();
        Assert.Contains("feed.xml", reserved);
        Assert.Contains("tags/", reserved);
        Assert.Contains("corrections/index.html", reserved);
        Assert.Contains("corrections/feed.xml", reserved);

        var original = temp.ReadInput("answers/2026/sore-knees.md");
        foreach (var path in reserved)
        {
            temp.WriteInput("answers/2026/sore-knees.md", original.Replace("date: 2026-03-02\n", $"date: 2026-03-02\naliases: [\"/{path}\"]\n", StringComparison.Ordinal));
            var bag = new DiagnosticBag();
            new AliasConflict().Check(Load(temp.Input), bag);
            var error = Assert.Single(bag.Sorted());
            Assert.Equal(DiagnosticCode.AliasConflict, error.Code);
            Assert.Contains($"'/{path}'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_kind_registered_with_its_paths_is_kept_clear_of_aliases()
    {
        using var temp = TempSite.FromFixture("minimal");
        temp.Replace("answers/2026/sore-knees.md", "date: 2026-03-02\n", "date: 2026-03-02\naliases: [/about/team/]\n");
        var content = Load(temp.Input);
        var without = new DiagnosticBag();
        var with = new DiagnosticBag();

        new AliasConflict(SiteOutputs.Default).Check(content, without);
        new AliasConflict(new SiteOutputs([.. SiteOutputs.Default.Pages, new AboutFolder()], SiteOutputs.Default.Files)).Check(content, with);

        Assert.Empty(without.Sorted());
        var error = Assert.Single(with.Sorted());
        Assert.Equal(DiagnosticCode.AliasConflict, error.Code);
        Assert.Contains("/about/", error.Message, StringComparison.Ordinal);
    }

    private sealed class AboutFolder : IPageSource
    {
        public IReadOnlyList<string> Templates => [];
        public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.Folder("about/")];
        public IEnumerable<Page> Plan(Site site) => [];
    }

    private static ContentSet Load(string folder)
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(InputFolder.At(folder), null, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted().Select(DiagnosticFormatter.Format)));
        return content;
    }
}
