namespace RunnersQA.Content.Fields;

/// <summary>The site-wide settings, <c>site.yml</c>.</summary>
public static class SiteFields
{
    public static readonly Field Title = new("title", FieldType.Text, "Site title", "The site's name, in the header, the page titles and the feed.")
    {
        Required = true, Examples = ["Runners' Q&A"],
    };

    public static readonly Field Description = new("description", FieldType.Text, "Description", "What the site is, in a sentence, for search engines and the feed.")
    {
        Required = true, Examples = ["Questions from runners, answered by coaches, physios and sport scientists."],
    };

    public static readonly Field Tagline = new("tagline", FieldType.Text, "Tagline",
        "What the column is, in a line: the home page's heading (the site's name is already beside the logo). Without it, the description is.")
    {
        MaxLength = 120, Examples = ["Expert answers to swimmers' questions"],
    };

    public static readonly Field Audience = new("audience", FieldType.Text, "Who answers",
        "Who answers the questions, in a few words that fit \"Send your question to our …\": on the ask, search and experts pages. Without it, the theme's word for experts.")
    {
        MaxLength = 100, Examples = ["coaches, physiotherapists and sport scientists"],
    };

    public static readonly Field BaseUrl = new("base_url", FieldType.Text, "Base URL",
        "The absolute address the site is published at, without a query or fragment; `build --base-url` overrides it.")
    {
        Required = true, Pattern = TextPattern.WebAddress, Examples = ["https://runners-qa.example.org/"],
    };

    public static readonly Field Language = new("language", FieldType.Text, "Language", "The language of the content, as a BCP 47 tag; dates are written in it.")
    {
        Default = "en", Examples = ["en-GB"],
    };

    public static readonly Field Disclaimer = new("disclaimer", FieldType.Text, "Disclaimer", "Shown under every answer.")
    {
        Default = "", Examples = ["General advice, not a diagnosis."],
    };

    public static readonly Field ReviewEvery = new("review_every", FieldType.Text, "Review every",
        "How often an expert should check each answer again. `check` warns when an answer's last review (or, never reviewed, its publication) is older; a tag in tags.yml may set its own. Without it, reviews are never due.")
    {
        Pattern = TextPattern.Interval, Examples = ["12 months", "2 years"],
    };

    public static readonly Field AskerNames = new("asker_names", FieldType.Text, "Askers' names",
        "How much of an asker's name may be published: `first` (one word, the default) or `full`.")
    {
        Choices = ["first", "full"], Default = "first", Examples = ["first"],
    };

    public const int PerPageDefault = 20;

    public static readonly Field PerPage = new("per_page", FieldType.Integer, "Answers per page", "How many answers an archive or tag page lists.")
    {
        Minimum = 1, Default = $"{PerPageDefault}", Examples = [$"{PerPageDefault}"],
    };

    public static readonly Field Theme = new("theme", FieldType.Text, "Theme",
        "The name of a folder under themes/ (never a path: a theme elsewhere is chosen with `build --theme`).")
    {
        Pattern = TextPattern.Slug, Default = "default", Examples = ["default"],
    };

    public static readonly Field NetlifyForm = new("netlify_form", FieldType.Boolean, "Netlify form", "`true` lets Netlify collect the ask form's questions.")
    {
        Default = "false", Examples = ["true"],
    };

    public static readonly Field Email = new("email", FieldType.Text, "Email", "An address readers may also write their questions to.")
    {
        Examples = ["questions@example.org"],
    };

    public static readonly Field Action = new("action", FieldType.Text, "Form action", "Another service the ask form posts to.")
    {
        Pattern = TextPattern.WebAddress, Examples = ["https://forms.example.org/ask"],
    };

    public static readonly Field AskIntro = new("intro", FieldType.Text, "Introduction",
        "The paragraph above the form: what readers may ask, and who picks the questions. Without it, the theme's words with `audience`.")
    {
        MaxLength = 600, Examples = ["Tell us what is holding your swimming back. Our coaches pick questions to answer here."],
    };

    public static readonly Field Ask = new("ask", FieldType.Object, "Ask page", "How readers send questions: a Netlify form, another form action, or email.")
    {
        Fields = new(NetlifyForm, Email, Action, AskIntro),
        Examples = ["{ netlify_form: true, email: questions@example.org }", "{ action: https://forms.example.org/ask }"],
    };

    public static readonly TextPattern ColourPattern = new(@"^#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$", "a colour in hex, such as `\"#0b6e4f\"` (quoted: in YAML a bare # starts a comment)");

    public static readonly Field Logo = new("logo", FieldType.Text, "Logo",
        "An image in input/theme/assets/ shown beside the site's name in the header (an SVG is the tab's icon too); its file name.")
    {
        Pattern = new(@"^[A-Za-z0-9_][A-Za-z0-9._-]*\.(svg|png|jpg|jpeg|webp|avif|gif)$", "the file name of an image in input/theme/assets/, such as `logo.svg`"),
        Examples = ["logo.svg"],
    };

    public static readonly Field Accent = new("accent", FieldType.Text, "Accent colour",
        "The colour of links, buttons and focus rings on light backgrounds. `check` requires WCAG AA contrast (4.5:1) with the theme's light backgrounds.")
    {
        Pattern = ColourPattern, Examples = ["\"#0b6e4f\""],
    };

    public static readonly Field AccentDark = new("accent_dark", FieldType.Text, "Accent colour, dark scheme",
        "The accent for readers in dark mode, with 4.5:1 contrast on the theme's dark backgrounds. Without it, `accent` lightened until it has.")
    {
        Pattern = ColourPattern, Examples = ["\"#7fd4b0\""],
    };

    public static readonly TextPattern FontPattern = new(@"^[A-Za-z0-9 ,'""-]+$", "a CSS font list: font names (quoted when they have spaces), separated by commas, such as `Georgia, serif`");

    public static readonly Field Font = new("font", FieldType.Text, "Font",
        "The text's font, as a CSS font list. The theme loads no font files, so name fonts readers have, and end with a generic family (serif, sans-serif, system-ui).")
    {
        MaxLength = 200, Pattern = FontPattern, Examples = ["Georgia, 'Times New Roman', serif"],
    };

    public static readonly Field HeadingFont = new("heading_font", FieldType.Text, "Heading font", "The headings' font, likewise; without it, `font`.")
    {
        MaxLength = 200, Pattern = FontPattern, Examples = ["system-ui, sans-serif"],
    };

    public static readonly Field Brand = new("brand", FieldType.Object, "Branding",
        "The site's logo, accent colour and fonts, laid over the theme's design tokens (themes/README.md). For more, `input/theme/assets/custom.css` is added after the theme's stylesheet.")
    {
        Fields = new(Logo, Accent, AccentDark, Font, HeadingFont),
        Examples = ["{ logo: logo.svg, accent: \"#0b6e4f\" }"],
    };

    public static readonly Field RepositoryUrl = new("url", FieldType.Text, "Address", "The repository's web address, on GitHub or GitLab.")
    {
        Required = true, Pattern = TextPattern.WebAddress, Examples = ["https://github.com/runners-qa/site"],
    };

    public static readonly Field RepositoryBranch = new("branch", FieldType.Text, "Branch", "The branch the site is built from, where edits are proposed.")
    {
        Default = "main", Pattern = new(@"^[A-Za-z0-9][A-Za-z0-9._/-]*$", "a branch name: letters, digits, `.`, `_`, `-` and `/`"), Examples = ["main"],
    };

    public static readonly Field RepositoryFolder = new("folder", FieldType.Text, "Input folder", "Where this input folder is inside the repository.")
    {
        Default = "input", Pattern = new(@"^[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*$", "a folder path inside the repository, such as `input` or `site/input`, without `..`"),
        Examples = ["input"],
    };

    public static readonly Field RepositoryPlatform = new("platform", FieldType.Text, "Platform",
        "Where the repository is hosted; read from the address for github.com and gitlab.com, and needed for a self-hosted GitLab or GitHub Enterprise.")
    {
        Choices = ["github", "gitlab"], Examples = ["github"],
    };

    public static readonly Field Repository = new("repository", FieldType.Object, "Repository",
        "Where the site's files are kept. With it, each answer links to \"Suggest a correction\" and each expert page to \"Edit this profile\": the platform's editor for that file, which offers a fork to anyone without write access.")
    {
        Fields = new(RepositoryUrl, RepositoryBranch, RepositoryFolder, RepositoryPlatform),
        Examples = ["{ url: https://github.com/runners-qa/site, branch: main }"],
    };

    public static readonly Field CmsBackend = new("backend", FieldType.Text, "Backend", "Where the editor saves: the repository's platform, or Netlify's Git Gateway.")
    {
        Choices = ["github", "gitlab", "git-gateway"], Default = "github", Examples = ["github"],
    };

    public static readonly Field CmsWorkflow = new("workflow", FieldType.Text, "Workflow",
        "`editorial`: each new answer is a branch and a pull request, moved through draft, in review and ready; `simple`: saving commits to the branch.")
    {
        Choices = ["editorial", "simple"], Default = "editorial", Examples = ["editorial"],
    };

    public static readonly Field CmsOpenAuthoring = new("open_authoring", FieldType.Boolean, "Open authoring",
        "`true` lets an expert without write access work from a fork of their own (GitHub only); the editor makes it for them.")
    {
        Default = "false", Examples = ["true"],
    };

    public static readonly Field CmsAuthUrl = new("auth_url", FieldType.Text, "Sign-in service",
        "The OAuth service the editor signs in through, when it is not Netlify's.")
    {
        Pattern = TextPattern.WebAddress, Examples = ["https://auth.example.org"],
    };

    public static readonly Field CmsLocalPort = new("local_port", FieldType.Integer, "Local backend port",
        "The port of `npx decap-server`, which saves to this machine's files when the editor runs on localhost.")
    {
        Minimum = 1, Default = "8081", Examples = ["8081"],
    };

    public static readonly Field Cms = new("cms", FieldType.Object, "Content editor",
        "Publishes a content editor at /admin/ (Decap CMS) whose forms are made from these field declarations, saving to `repository:`. Needs `npm ci` where the site is built.")
    {
        Fields = new(CmsBackend, CmsWorkflow, CmsOpenAuthoring, CmsAuthUrl, CmsLocalPort),
        Examples = ["{ backend: github, workflow: editorial, open_authoring: true }"],
    };

    public static readonly Field Taxonomies = new("taxonomies", FieldType.Map, "Taxonomies",
        "Ways to file answers besides tags, each under its key: the answers' field that lists its terms (`levels: [beginner]`). Tags are always the first taxonomy, with their terms in tags.yml.")
    {
        Pattern = TextPattern.Slug, Item = TaxonomyFields.Entry,
        Examples = ["\n  levels:\n    term: level\n    max: 1\n    terms: { beginner: Beginner, intermediate: Intermediate, advanced: Advanced }"],
    };

    public static readonly FieldSet All = new(Title, Tagline, Description, Audience, BaseUrl, Language, Disclaimer, ReviewEvery, AskerNames, PerPage, Theme, Brand, Ask, Repository, Cms, Taxonomies);

    public static readonly Field Document = new("site", FieldType.Object, "RunnersQA site settings", "The site-wide settings, input/site.yml.")
    {
        Fields = All,
    };
}
