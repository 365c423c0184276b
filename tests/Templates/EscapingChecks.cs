using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Templates;

/// <summary>
/// Author-written text (titles, names, roles, tag names) that looks like markup comes out as text: it can
/// add no element and no attribute, and reads back exactly as written. Checked on the plain build
/// (<see cref="EscapingTests"/>) and on the minified one (<see cref="MinifiedEscapingTests"/>).
/// </summary>
public abstract class EscapingChecks(HostileSiteFixture hostile)
{
    [Fact]
    public void The_fixture_really_is_hostile()
    {
        Assert.Contains("<script>", hostile.Answer.Title);
        Assert.Contains("onerror=", hostile.Answer.Title);
        Assert.Contains("&amp;", hostile.Answer.Title);
        Assert.Contains("onerror=", hostile.Expert.Name);
        Assert.Contains("<script>", hostile.Expert.Role);
        Assert.Contains("<script>", hostile.Content.Tag("xss").Name);
        Assert.Contains("onerror=", hostile.Answer.AskerName);
    }

    [Fact]
    public void No_page_has_a_script_other_than_json_ld_and_the_search_module()
    {
        var pages = hostile.Site.Built.Pages().ToList();
        Assert.NotEmpty(pages);
        foreach (var (file, page) in pages)
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(BuiltSite.IsThemeScript(s), $"{file} has a script: {s.OuterHtml}"));
    }

    [Fact]
    public void No_element_has_an_event_handler_attribute_or_a_javascript_url()
    {
        foreach (var (file, page) in hostile.Site.Built.Pages())
        {
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    Assert.DoesNotContain("javascript:", attribute.Value.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Fact]
    public void No_author_text_adds_an_img_element()
    {
        // The only image markup is in the Markdown body (sanitized); names, roles and titles must add none.
        foreach (var (file, page) in hostile.Site.Built.Pages().Where(p => p.File != hostile.AnswerFile))
            Assert.All(page.QuerySelectorAll("img"), img => Assert.NotEqual("x", img.GetAttribute("src")));
    }

    [Fact]
    public void Answer_title_round_trips_as_text()
    {
        var page = hostile.Site.Built.Page(hostile.AnswerFile);
        Assert.Equal(hostile.Answer.Title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith(hostile.Answer.Title, page.Title);
        Assert.Equal(hostile.Answer.Title, BuiltSite.Meta(page, "meta[property='og:title']"));
        // And on the cards that list it.
        Assert.Contains(hostile.Site.Built.Page("index.html").QuerySelectorAll($"a[href='/answers/{hostile.Answer.Slug}/']"),
            a => a.TextContent.Trim() == hostile.Answer.Title);
    }

    [Fact]
    public void Asker_name_and_location_round_trip_as_text()
    {
        var page = hostile.Site.Built.Page(hostile.AnswerFile);
        var expected = hostile.Answer.AskerName!;
        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent.Contains(expected, StringComparison.Ordinal)
            && p.TextContent.Contains(hostile.Answer.AskerLocation!, StringComparison.Ordinal));
    }

    [Fact]
    public void Expert_name_and_role_round_trip_as_text()
    {
        var expert = hostile.Expert;
        var answerPage = hostile.Site.Built.Page(hostile.AnswerFile);
        Assert.Contains(answerPage.QuerySelectorAll($"main a[href='/experts/{expert.Id}/']"), a => a.TextContent.Trim() == expert.Name);

        var expertPage = hostile.Site.Built.Page($"experts/{expert.Id}/index.html");
        Assert.Equal(expert.Name, expertPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(expertPage.QuerySelectorAll("main *"), e => e.TextContent.Trim() == expert.Role);
        Assert.Contains(expertPage.QuerySelectorAll("main li"), e => e.TextContent.Trim() == Assert.Single(expert.Credentials));
        Assert.Empty(expertPage.QuerySelectorAll("main b"));
    }

    [Fact]
    public void Tag_name_and_description_round_trip_as_text()
    {
        var tag = hostile.Content.Tag("xss");
        var answerPage = hostile.Site.Built.Page(hostile.AnswerFile);
        Assert.Contains(answerPage.QuerySelectorAll("main a[href='/tags/xss/']"), a => a.TextContent.Trim() == tag.Name);

        var tagPage = hostile.Site.Built.Page("tags/xss/index.html");
        Assert.Equal(tag.Name, tagPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(tag.Description, BuiltSite.Meta(tagPage, "meta[name=description]"));
        Assert.Contains(tagPage.QuerySelectorAll("main p"), p => p.TextContent.Trim() == tag.Description);
    }

    [Fact]
    public void Exercise_title_and_url_round_trip()
    {
        var exercise = Assert.Single(hostile.Answer.Exercises);
        var page = hostile.Site.Built.Page(hostile.AnswerFile);
        var link = page.QuerySelectorAll("main a").Single(a => a.GetAttribute("href") == exercise.Url);
        Assert.Equal(exercise.Title, link.TextContent.Trim());
    }

    [Fact]
    public void Json_ld_parses_and_holds_the_original_strings()
    {
        var page = hostile.Site.Built.Page(hostile.AnswerFile);
        var article = Assert.Single(BuiltSite.JsonLd(page)).RootElement.GetProperty("mainEntity");
        Assert.Equal(hostile.Answer.Title, article.GetProperty("headline").GetString());
        Assert.Equal(hostile.Expert.Name, article.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(hostile.Expert.Role, article.GetProperty("author").GetProperty("jobTitle").GetString());
        Assert.Contains(hostile.Content.Tag("xss").Name, article.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));

        var profile = Assert.Single(BuiltSite.JsonLd(hostile.Site.Built.Page($"experts/{hostile.Expert.Id}/index.html"))).RootElement;
        Assert.Equal(hostile.Expert.Name, profile.GetProperty("mainEntity").GetProperty("name").GetString());
    }

    [Fact]
    public void Feed_holds_the_original_title()
    {
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(hostile.Site.Built.Xml("feed.xml").Root!.Elements(atom + "entry"));
        Assert.Equal(hostile.Answer.Title, entry.Element(atom + "title")!.Value);
        Assert.Equal(hostile.Expert.Name, entry.Element(atom + "author")!.Element(atom + "name")!.Value);
    }
}
