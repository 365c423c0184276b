using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Pages;
using RunnersQA.Strings;
using RunnersQA.Templates;

namespace RunnersQA.Tests.Support;

/// <summary>The default theme's strings for a loaded site, read as a build reads them, for tests that make the model themselves.</summary>
internal static class DefaultThemeStrings
{
    public static ThemeStrings For(ContentSet content, InputFolder input)
    {
        var bag = new DiagnosticBag();
        var theme = ThemeFiles.Load(Repository.DefaultTheme, input, content.Files, bag);
        var strings = ThemeStringsLoader.Load(theme, input, content.Site.Language, SourceLocation.StartOf(input.Display(input.SiteConfigPath)), PageWords.Required, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted().Select(DiagnosticFormatter.Format)));
        return strings;
    }
}
