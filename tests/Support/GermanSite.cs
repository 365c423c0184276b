namespace RunnersQA.Tests.Support;

/// <summary>The sample site with <c>language: de</c>: the theme's German words, served and driven like <see cref="BrowserSite"/>.</summary>
public sealed class GermanSite : BrowserSite
{
    private protected override void Prepare(TempSite site) => site.Replace("site.yml", "language: en-GB", "language: de");
}
