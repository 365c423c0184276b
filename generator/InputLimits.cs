namespace RunnersQA;

/// <summary>
/// How much a build accepts from input/ before it refuses with a diagnostic, so that no file can make a build
/// hang, crash or take gigabytes. Declared once: the loaders, Markdown and YAML readers use these, and
/// docs/security.md lists <see cref="All"/> (a test keeps the two equal).
/// </summary>
public static class InputLimits
{
    /// <summary>An answer, an expert, site.yml, tags.yml or a template.</summary>
    public const int TextFileBytes = 1024 * 1024;

    /// <summary>A photo or a theme asset.</summary>
    public const int MediaFileBytes = 5 * 1024 * 1024;

    public const int LineLength = 20_000;

    /// <summary>Block quotes, lists, brackets and raw HTML elements inside one another, in Markdown.</summary>
    public const int MarkdownNesting = 32;

    /// <summary>Opening brackets '[' in one Markdown paragraph: Markdig's link parsing is quadratic in them.</summary>
    public const int BracketsPerParagraph = 500;

    /// <summary>Headings in one Markdown text: Markdig numbers repeated headings' ids by a search that is quadratic in them.</summary>
    public const int Headings = 200;

    /// <summary>Indentation of a Markdown line, in columns: deeper lists than this are never prose.</summary>
    public const int MarkdownIndent = 128;

    /// <summary>Lists and maps inside one another, in YAML.</summary>
    public const int YamlNesting = 16;

    /// <summary>Items in any one front-matter list: tags, aliases, exercises, credentials, links.</summary>
    public const int ListItems = 50;

    /// <summary>Files under answers/, experts/ and theme/ together.</summary>
    public const int Files = 250_000;

    /// <summary>Folders inside one another under answers/, experts/ or theme/.</summary>
    public const int FolderDepth = 16;

    /// <summary>Loop iterations in one nest of template loops (a theme override is code a pull request can change).</summary>
    public const int TemplateLoopIterations = 1_000_000;

    /// <summary>Time a template may take to render one page.</summary>
    public const int TemplateSecondsPerPage = 10;

    /// <summary>Every limit, as docs/security.md lists it: name, value, unit.</summary>
    public static IReadOnlyList<(string Name, int Value, string Unit)> All { get; } =
    [
        ("text file size", TextFileBytes, "bytes"),
        ("media file size", MediaFileBytes, "bytes"),
        ("line length", LineLength, "characters"),
        ("Markdown nesting", MarkdownNesting, "levels"),
        ("Markdown indentation", MarkdownIndent, "columns"),
        ("brackets in a Markdown paragraph", BracketsPerParagraph, "brackets"),
        ("headings in a Markdown text", Headings, "headings"),
        ("YAML nesting", YamlNesting, "levels"),
        ("items in a front-matter list", ListItems, "items"),
        ("files", Files, "files"),
        ("folder depth", FolderDepth, "levels"),
        ("template loop iterations", TemplateLoopIterations, "iterations"),
        ("template time per page", TemplateSecondsPerPage, "seconds"),
    ];

    /// <summary>"1 MB", "5 MB", "2.3 MB": how a size is said in messages.</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : $"{Math.Max(1, bytes / 1024)} KB";
}
