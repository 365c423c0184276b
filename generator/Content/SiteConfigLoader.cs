using RunnersQA.Content.Fields;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>Reads <c>site.yml</c>; a bad value is reported and replaced by a default so loading can go on.</summary>
public static class SiteConfigLoader
{
    /// <param name="unknown">Receives the keys no field of <see cref="SiteFields"/> declares.</param>
    public static SiteConfig Load(InputFolder input, FileListing files, Uri? baseUrlOverride, DiagnosticBag bag, ICollection<UnknownKey>? unknown = null)
    {
        var path = input.Display(input.SiteConfigPath);
        YamlMap? map = null;
        if (files.Contains(input.SiteConfigPath))
        {
            if (files.ReadText(input.SiteConfigPath, bag) is { } text) map = YamlMap.Parse(text, path, 1, bag);
        }
        else
            bag.Error(SourceLocation.StartOf(path), DiagnosticCode.MissingFile, "the site has no site.yml",
                $"create input/site.yml with at least {string.Join(", ", SiteFields.All.Required.Select(f => $"`{f.Name}:`"))}");

        var fields = map?.Read(SiteFields.All, path, unknown ?? []) ?? FieldValues.Empty;
        var fallback = SiteConfig.Fallback;
        var theme = fields.Text(SiteFields.Theme);
        if (theme is { } t && !Slug.IsValid(t.Value))
            // A path here would let a change to site.yml read templates from anywhere on the build machine.
            bag.Error(t.Location, DiagnosticCode.InvalidValue, $"`{SiteFields.Theme.Name}` must be the name of a folder under themes/, not '{t.Value}'",
                $"write a name such as `{SiteFields.Theme.Example}`; a theme elsewhere is chosen with `build --theme <path>`, not in site.yml");

        var baseUrl = baseUrlOverride is not null && TryParseBaseUrl(baseUrlOverride.OriginalString, out var given) ? given : ReadBaseUrl(fields, bag);

        var ask = fields.Object(SiteFields.Ask);
        var askSettings = new AskSettings(
            ask?.Boolean(SiteFields.NetlifyForm)?.Value ?? fallback.Ask.NetlifyForm,
            ask?.Text(SiteFields.Email)?.Value,
            ask?.Text(SiteFields.Action)?.Value) { Intro = Bounded(ask?.Text(SiteFields.AskIntro), SiteFields.AskIntro, bag) };
        if (askSettings is { NetlifyForm: true, Action: not null } && ask?.Text(SiteFields.Action) is { } action)
            bag.Error(action.Location, DiagnosticCode.ConflictingSettings,
                $"`{SiteFields.Ask.Name}` sets both `{SiteFields.NetlifyForm.Name}: true` and `{SiteFields.Action.Name}:`, and the form can post to only one of them",
                $"keep `{SiteFields.NetlifyForm.Name}: true` for Netlify Forms, or `{SiteFields.Action.Name}:` for another service; `{SiteFields.Email.Name}:` may go with either");

        var repository = Repository(fields.Object(SiteFields.Repository), bag);
        return new SiteConfig(
            fields.Text(SiteFields.Title)?.Value ?? fallback.Title,
            fields.Text(SiteFields.Description)?.Value ?? fallback.Description,
            baseUrl,
            fields.Text(SiteFields.Language)?.Value ?? fallback.Language,
            fields.Text(SiteFields.Disclaimer)?.Value ?? fallback.Disclaimer,
            fields.Integer(SiteFields.PerPage)?.Value ?? fallback.PerPage,
            theme is { } named && Slug.IsValid(named.Value) ? named.Value : fallback.Theme,
            askSettings)
        {
            Taxonomies = Taxonomies(fields, path, bag),
            Tagline = Bounded(fields.Text(SiteFields.Tagline), SiteFields.Tagline, bag),
            Audience = Bounded(fields.Text(SiteFields.Audience), SiteFields.Audience, bag),
            Brand = Brand(fields.Object(SiteFields.Brand), bag),
            ReviewEvery = ReviewInterval.Read(fields.Text(SiteFields.ReviewEvery), SiteFields.ReviewEvery, bag),
            FullAskerNames = fields.Text(SiteFields.AskerNames)?.Value == "full",
            LanguageAt = fields.Text(SiteFields.Language)?.Location ?? SourceLocation.StartOf(path),
            Repository = repository,
            Cms = Cms(fields.Object(SiteFields.Cms), repository, map?.Entries.FirstOrDefault(e => e.Key.Value == SiteFields.Cms.Name).Key.Location, input, bag),
        };
    }

    /// <summary>
    /// The taxonomies under <c>taxonomies:</c>, their defaults filled in. One whose key is taken (tags, another
    /// front-matter field) or whose term another already has is reported and left out.
    /// </summary>
    private static List<TaxonomyDefinition> Taxonomies(FieldValues fields, string path, DiagnosticBag bag)
    {
        var taxonomies = new List<TaxonomyDefinition>();
        // Each term is a parameter of /search/ beside the words' own.
        var terms = new HashSet<string>(StringComparer.Ordinal) { TermsField.Tags.Term, TaxonomyFields.QueryParameter, TaxonomyFields.SortParameter };
        foreach (var (key, entry) in fields.ObjectEntries(SiteFields.Taxonomies))
        {
            if (AnswerFields.All.Find(key.Value) is not null)
            {
                bag.Error(key.Location, DiagnosticCode.InvalidValue, key.Value == AnswerFields.Tags.Name
                        ? "tags are always a taxonomy, the first: they are not declared in site.yml"
                        : $"`{key.Value}` is a front-matter field of every answer already, so it cannot list a taxonomy's terms",
                    key.Value == AnswerFields.Tags.Name ? "leave `tags` out of `taxonomies:`; tags take their terms from tags.yml" : "choose another key, such as `levels`");
                continue;
            }
            var term = entry.Text(TaxonomyFields.Term) ?? key;
            var folder = entry.Text(TaxonomyFields.Path);
            // The term names a search parameter and a page kind, the folder where pages are written: neither may be
            // anything but what their declarations allow ("../" would leave the output folder).
            if (!Matches(term, TaxonomyFields.Term, bag) | (folder is { } f && !Matches(f, TaxonomyFields.Path, bag))) continue;
            if (!terms.Add(term.Value))
            {
                bag.Error(term.Location, DiagnosticCode.InvalidValue, term.Value switch
                    {
                        TaxonomyFields.QueryParameter => $"the term '{term.Value}' is the search page's words, so no filter can be called so",
                        TaxonomyFields.SortParameter => $"the term '{term.Value}' is the search page's order of results, so no filter can be called so",
                        _ => $"another taxonomy's term is '{term.Value}' too; the search filters and page kinds need each apart",
                    },
                    $"give `{key.Value}` a `term:` of its own, for example `term: {Slug.From(key.Value.TrimEnd('s'))}`");
                continue;
            }
            var declared = entry.ObjectEntries(TaxonomyFields.Terms);
            taxonomies.Add(new TaxonomyDefinition(
                new TermsField(key.Value, term.Value, entry.Boolean(TaxonomyFields.Required)?.Value ?? false,
                    entry.Integer(TaxonomyFields.Max)?.Value ?? int.Parse(TaxonomyFields.Max.Default!, System.Globalization.CultureInfo.InvariantCulture)),
                entry.Text(TaxonomyFields.Name)?.Value ?? TagLoader.DisplayName(key.Value),
                entry.Text(TaxonomyFields.TermName)?.Value ?? TagLoader.DisplayName(term.Value),
                folder?.Value ?? key.Value + "/",
                declared.ToDictionary(t => t.Key.Value, t => TermDefinition.From(t.Key, t.Value, TaxonomyFields.TermEntryName, TaxonomyFields.TermEntryDescription), StringComparer.Ordinal),
                TermsDeclared: declared.Count > 0, path) { Location = key.Location });
        }
        return taxonomies;
    }

    /// <summary>
    /// The repository under <c>repository:</c>, or none (reported) when its address names no repository or no
    /// platform that has a web editor we know.
    /// </summary>
    private static SourceRepository? Repository(FieldValues? repository, DiagnosticBag bag)
    {
        if (repository?.Text(SiteFields.RepositoryUrl) is not { } url) return null;
        var folder = repository.Text(SiteFields.RepositoryFolder);
        var branch = repository.Text(SiteFields.RepositoryBranch);
        var folderBad = folder is { } f && !Matches(f, SiteFields.RepositoryFolder, bag);
        if (branch is { } b && !Matches(b, SiteFields.RepositoryBranch, bag) || folderBad) return null;

        var address = url.Value.TrimEnd('/');
        if (address.EndsWith(".git", StringComparison.OrdinalIgnoreCase)) address = address[..^4];
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Segments.Length < 3
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            bag.Error(url.Location, DiagnosticCode.InvalidValue, $"`{SiteFields.Repository.Name}` `{SiteFields.RepositoryUrl.Name}` must be the https address of a repository, not '{url.Value}'",
                $"give the address you see in the browser on the repository's page, for example `{SiteFields.RepositoryUrl.Example}`");
            return null;
        }

        var named = repository.Text(SiteFields.RepositoryPlatform)?.Value;
        RepositoryPlatform? platform = named is null ? SourceRepository.PlatformOf(uri) : named == "gitlab" ? RepositoryPlatform.GitLab : RepositoryPlatform.GitHub;
        if (platform is null)
        {
            bag.Error(url.Location, DiagnosticCode.InvalidValue, $"cannot tell whether '{uri.Host}' is GitHub or GitLab, so no edit links can be made",
                $"add `{SiteFields.RepositoryPlatform.Name}: github` or `{SiteFields.RepositoryPlatform.Name}: gitlab` under `{SiteFields.Repository.Name}:`");
            return null;
        }
        return new SourceRepository(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'), branch?.Value ?? SiteFields.RepositoryBranch.Default!,
            folder?.Value ?? SiteFields.RepositoryFolder.Default!, platform.Value);
    }

    /// <summary>
    /// The editor under <c>cms:</c>, with the pinned Decap CMS when it is installed. It saves to <c>repository:</c>, so
    /// without one it is an error; without the install it is a warning and /admin/ is left out, so a build on a
    /// machine without npm still works.
    /// </summary>
    private static CmsSettings? Cms(FieldValues? cms, SourceRepository? repository, SourceLocation? at, InputFolder input, DiagnosticBag bag)
    {
        if (cms is null || at is not { } location) return null;
        if (repository is null)
        {
            bag.Error(location, DiagnosticCode.InvalidValue, "the editor (`cms:`) saves to the site's repository, and site.yml names none",
                $"add `{SiteFields.Repository.Example}` to site.yml, with the repository's address");
            return null;
        }
        var (install, other) = DecapInstall.Find(input.Root);
        if (install is null)
            bag.Warning(location, DiagnosticCode.MissingFile, other is null
                    ? "the editor at /admin/ is left out: Decap CMS is not installed where the site is built"
                    : $"the editor at /admin/ is left out: Decap CMS {other} is installed, and the site is made for {DecapInstall.PinnedVersion}",
                "run `npm ci` in the folder that holds package.json (the site's root), then build again");
        var backend = cms.Text(SiteFields.CmsBackend)?.Value ?? SiteFields.CmsBackend.Default!;
        return new CmsSettings(backend, (cms.Text(SiteFields.CmsWorkflow)?.Value ?? SiteFields.CmsWorkflow.Default) == "editorial",
            cms.Boolean(SiteFields.CmsOpenAuthoring)?.Value ?? false, cms.Text(SiteFields.CmsAuthUrl)?.Value,
            cms.Integer(SiteFields.CmsLocalPort)?.Value ?? int.Parse(SiteFields.CmsLocalPort.Default!, System.Globalization.CultureInfo.InvariantCulture), install)
        {
            Location = location,
        };
    }

    /// <summary>site.yml's <c>brand:</c>, each value that does not match its pattern reported and left out.</summary>
    private static BrandSettings Brand(FieldValues? brand, DiagnosticBag bag)
    {
        if (brand is null) return BrandSettings.None;
        Positioned<string>? Valid(Field field) => brand.Text(field) is { } t && Matches(t, field, bag) ? t : null;
        return new BrandSettings(Valid(SiteFields.Logo), Valid(SiteFields.Accent), Valid(SiteFields.AccentDark),
            Bounded(Valid(SiteFields.Font), SiteFields.Font, bag), Bounded(Valid(SiteFields.HeadingFont), SiteFields.HeadingFont, bag));
    }

    /// <summary>The text, or null (reported) when it is longer than its field allows.</summary>
    private static string? Bounded(Positioned<string>? text, Field field, DiagnosticBag bag) =>
        text is { } t && !TextLength.Within(t, field, bag) ? null : text?.Value;

    /// <summary>Whether a text matches its field's declared pattern; reported when it does not.</summary>
    private static bool Matches(Positioned<string> text, Field field, DiagnosticBag bag)
    {
        if (field.Pattern is not { } pattern || pattern.Matches(text.Value)) return true;
        bag.Error(text.Location, DiagnosticCode.InvalidValue, $"`{field.Name}` must be {pattern.Meaning}, not '{text.Value}'", $"for example `{field.Example}`");
        return false;
    }

    private static Uri ReadBaseUrl(FieldValues fields, DiagnosticBag bag)
    {
        var fallback = SiteConfig.Fallback.BaseUrl;
        if (fields.Text(SiteFields.BaseUrl) is not { } t) return fallback;
        if (TryParseBaseUrl(t.Value, out var uri)) return uri;
        bag.Error(t.Location, DiagnosticCode.InvalidValue, $"`{SiteFields.BaseUrl.Name}` must be an absolute http or https URL, not '{t.Value}'",
            $"for example `{SiteFields.BaseUrl.Example}`");
        return fallback;
    }

    /// <summary>Absolute http(s) URL, normalised to end with a slash so paths join onto it.</summary>
    public static bool TryParseBaseUrl(string text, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
            return false;
        if (!string.IsNullOrEmpty(parsed.Query) || !string.IsNullOrEmpty(parsed.Fragment)) return false;
        uri = parsed.AbsolutePath.EndsWith('/') ? parsed : new Uri(parsed.GetLeftPart(UriPartial.Path) + "/");
        return true;
    }
}
