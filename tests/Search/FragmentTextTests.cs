using RunnersQA.Search;

namespace RunnersQA.Tests.Search;

/// <summary>A fragment's `x`: summary then plain text, white space collapsed, at most FragmentText.MaxLength characters, cut between words.</summary>
public sealed class FragmentTextTests
{
    [Fact]
    public void Summary_and_text_are_joined_with_white_space_collapsed() =>
        Assert.Equal("Rest well. Why rest? Because it helps.", FragmentText.From("  Rest well. ", "Why rest?\n\n  Because\tit helps.\n"));

    [Fact]
    public void Short_text_is_kept_whole() => Assert.Equal("a b", FragmentText.From("a", "b"));

    [Fact]
    public void Long_text_is_cut_at_a_word_boundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("stride", 1000));
        var cut = FragmentText.From("Summary.", text);
        Assert.InRange(cut.Length, FragmentText.MaxLength - 10, FragmentText.MaxLength);
        Assert.EndsWith(" stride", cut, StringComparison.Ordinal);
        Assert.StartsWith("Summary. stride", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_ending_exactly_at_the_limit_is_kept()
    {
        var word = new string('a', 9);
        var cut = FragmentText.From(word, "bbbb cccc", maxLength: 14);
        Assert.Equal("aaaaaaaaa bbbb", cut);
    }

    [Fact]
    public void One_endless_word_is_cut_hard() => Assert.Equal(new string('z', FragmentText.MaxLength), FragmentText.From("", new string('z', 5000)));
}
