using RunnersQA.Content;
using RunnersQA.Scaffold;

namespace RunnersQA.Tests.Scaffold;

public sealed class AnswerSlugTests
{
    [Fact]
    public void A_short_title_gives_the_plain_slug()
    {
        Assert.Equal("why-do-my-calves-cramp-late-in-races", AnswerSlug.FromTitle("Why do my calves cramp late in races?"));
    }

    [Fact]
    public void A_long_title_is_cut_at_a_hyphen_within_80_characters()
    {
        var title = "Why do my calves and my hamstrings always cramp so badly in the last few miles of a hot marathon, even when I drink?";
        var full = Slug.From(title);
        Assert.True(full.Length > AnswerSlug.MaxLength);

        var slug = AnswerSlug.FromTitle(title);

        Assert.True(slug.Length <= AnswerSlug.MaxLength, slug);
        Assert.StartsWith(slug, full, StringComparison.Ordinal);
        Assert.Equal('-', full[slug.Length]); // cut between words, never inside one
        Assert.True(full.LastIndexOf('-', AnswerSlug.MaxLength) == slug.Length, "not the longest cut that fits");
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void A_title_that_is_one_long_word_is_cut_at_80_characters()
    {
        var slug = AnswerSlug.FromTitle(new string('a', 100));
        Assert.Equal(new string('a', AnswerSlug.MaxLength), slug);
    }
}
