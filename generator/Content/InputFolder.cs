namespace RunnersQA.Content;

/// <summary>The site's input folder, and how its files are named in diagnostics.</summary>
public sealed record InputFolder(string Root)
{
    public string SiteConfigPath => Path.Combine(Root, "site.yml");
    public string TagsPath => Path.Combine(Root, "tags.yml");
    public string SynonymsPath => Path.Combine(Root, "synonyms.yml");
    public string AnswersPath => Path.Combine(Root, "answers");
    public string ExpertsPath => Path.Combine(Root, "experts");
    public string ThemeOverridesPath => Path.Combine(Root, "theme");

    /// <summary>What a build reads of the folder; nothing else in it is ever opened.</summary>
    public IReadOnlyList<string> Read => [SiteConfigPath, TagsPath, SynonymsPath, AnswersPath, ExpertsPath, ThemeOverridesPath];

    public static InputFolder At(string path) => new(Path.GetFullPath(path));

    /// <summary>Relative to the working directory when inside it (what an editor or CI log can open), else absolute.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
