using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>A draft is marked where it is shown (its page, the cards and lists that name it), and only drafts are.</summary>
public sealed class DraftBadgeTests
{
    [Fact]
    public void A_draft_carries_a_badge_under_drafts_and_nothing_else_does()
    {
        using var site = TempSite.FromSample();
        site.BuildClean(drafts: true);
        var drafts = site.Content.Published(drafts: true).Where(a => a.Draft).Select(a => a.Slug).ToHashSet();
        Assert.NotEmpty(drafts);
        foreach (var slug in drafts)
            Assert.Equal("Draft", BuiltSite.TextOf(Assert.Single(site.Built.Page($"answers/{slug}/index.html").QuerySelectorAll("main .answer-header .draft-badge"))));

        var marked = 0;
        foreach (var (file, page) in site.Built.Pages())
        {
            foreach (var badge in page.QuerySelectorAll("main .draft-badge"))
            {
                // Each badge belongs to one answer: its page, or the card, lead or list item that links to it.
                var holder = badge.Closest(".answer-header") is not null ? null : badge.Closest("article, li");
                var slug = holder is null ? file.Split('/')[1] : holder.QuerySelector("a[href^='/answers/']")!.GetAttribute("href")!.Split('/')[2];
                Assert.Contains(slug, drafts);
                marked++;
            }
            foreach (var card in page.QuerySelectorAll("main .card, main .related-list li"))
            {
                var slug = card.QuerySelector("a[href^='/answers/']")!.GetAttribute("href")!.Split('/')[2];
                Assert.Equal(drafts.Contains(slug), card.QuerySelector(".draft-badge") is not null);
            }
        }
        Assert.True(marked > drafts.Count, "drafts should be marked on the pages that list them too");
    }

    [Fact]
    public void Without_drafts_no_page_has_a_badge()
    {
        using var site = TempSite.FromSample();
        site.BuildClean();
        Assert.All(site.Built.Pages(), p => Assert.Empty(p.Document.QuerySelectorAll(".draft-badge")));
    }
}
