using System.Globalization;
using RunnersQA.Model;

namespace RunnersQA.Tests.Model;

/// <summary>What an avatar shows for an expert without a photo: initials in the site's culture, on a tone fixed by the id.</summary>
public sealed class ExpertAvatarTests
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("Rachel Moss", "RM")]
    [InlineData("Priya", "P")]
    [InlineData("  eilidh   campbell ", "EC")]
    [InlineData("Tom van der Berg", "TB")]
    [InlineData("Anne-Marie O'Neill", "AO")]
    [InlineData("(Tom) Adeyemi", "TA")]
    [InlineData("\u00e9mile zola", "\u00c9Z")]
    [InlineData("", "")]
    [InlineData("- -", "")]
    public void Initials_are_the_first_letters_of_the_first_and_last_words(string name, string initials) =>
        Assert.Equal(initials, Expert.InitialsOf(name, British));

    [Fact]
    public void A_letter_keeps_its_combining_accent() =>
        Assert.Equal("E\u0301Z", Expert.InitialsOf("e\u0301mile Zola", British));

    [Fact]
    public void Initials_are_upper_cased_in_the_sites_culture()
    {
        Assert.Equal("\u0130\u0130", Expert.InitialsOf("ilker i\u015f\u0131k", CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal("II", Expert.InitialsOf("ilker i\u015f\u0131k", British));
    }

    [Fact]
    public void The_tone_is_fixed_by_the_id_and_in_range()
    {
        // Pinned: a tone that changed from one build (or process) to the next would repaint every avatar.
        Assert.Equal(5, Of("rachel-moss").AvatarTone);
        Assert.Equal(0, Of("tom-adeyemi").AvatarTone);
        Assert.Equal(1, Of("priya-nair").AvatarTone);
        var tones = Enumerable.Range(0, 600).Select(i => Of($"expert-{i}").AvatarTone).ToList();
        Assert.All(tones, t => Assert.InRange(t, 0, Expert.AvatarTones - 1));
        Assert.Equal(Expert.AvatarTones, tones.Distinct().Count());
    }

    private static Expert Of(string id) =>
        new(id, "Name", "Role", [], null, new RunnersQA.Templates.HtmlString(""), "", [], $"/experts/{id}/", new Uri($"https://example.org/experts/{id}/"), 0);
}
