using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Deploy;

/// <summary>
/// Every page, script and stylesheet of the built sample site works under the Content-Security-Policy that
/// netlify.toml sends with it: what is checked follows from the policy's directives, so changing the policy
/// (allowing inline style, say) changes what these tests demand.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class SampleSiteCspTests(SampleSiteFixture sample)
{
    private static readonly NetlifyConfig Netlify = NetlifyConfig.Load(Repository.Root);

    [Fact]
    public void Scripts_are_external_from_allowed_sources_or_data_blocks() => AssertNoProblems(audit => audit.Scripts());

    [Fact]
    public void No_event_handler_attributes_or_javascript_urls() => AssertNoProblems(audit => audit.InlineHandlers());

    [Fact]
    public void Styles_come_only_from_allowed_stylesheets() => AssertNoProblems(audit => audit.Styles());

    [Fact]
    public void Images_icons_and_media_come_from_allowed_sources() => AssertNoProblems(audit => audit.Images());

    [Fact]
    public void Forms_submit_only_where_form_action_allows() => AssertNoProblems(audit => audit.Forms());

    [Fact]
    public void No_frame_object_or_embed_the_policy_refuses() => AssertNoProblems(audit => audit.Embedded().Concat(audit.Base()));

    [Fact]
    public void Search_index_is_fetched_from_where_connect_src_allows() => AssertNoProblems(audit => audit.Fetches());

    [Fact]
    public void Built_scripts_need_no_eval_and_set_no_style_attributes()
    {
        var problems = new List<string>();
        foreach (var file in Served(".js"))
        {
            var policy = PolicyFor(file);
            var text = sample.Built.Text(file);
            if (!policy.AllowsEval && Eval().Match(text) is { Success: true } eval)
                problems.Add($"{file}: '{eval.Value}' needs 'unsafe-eval' in script-src");
            if (!policy.AllowsInline("style-src-attr", "", attribute: true) && StyleAttribute().Match(text) is { Success: true } style)
                problems.Add($"{file}: '{style.Value}' sets a style attribute, which style-src refuses");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Built_stylesheets_load_only_what_the_policy_allows()
    {
        var problems = new List<string>();
        foreach (var file in Served(".css"))
        {
            var policy = PolicyFor(file);
            var url = new Uri(sample.Content.Site.BaseUrl, file);
            var text = sample.Built.Text(file);
            var fontFaces = FontFace().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
            var imports = Import().Matches(text).ToList();
            foreach (var import in imports)
                if (!policy.AllowsUrl("style-src-elem", import.Groups["url"].Value, url)) problems.Add($"{file}: @import {import.Groups["url"].Value} (style-src)");
            foreach (Match reference in CssUrl().Matches(text))
            {
                if (imports.Any(i => reference.Index >= i.Index && reference.Index < i.Index + i.Length + 1)) continue;
                var directive = fontFaces.Any(f => reference.Index >= f.Index && reference.Index < f.End) ? "font-src" : "img-src";
                var target = reference.Groups["url"].Value;
                if (!target.StartsWith('#') && !policy.AllowsUrl(directive, target, url)) problems.Add($"{file}: url({target}) ({directive})");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private void AssertNoProblems(Func<CspPageAudit, IEnumerable<string>> check)
    {
        var pages = sample.Built.Pages().ToList();
        Assert.NotEmpty(pages);
        var problems = pages.SelectMany(p => check(Audit(p.File, p.Document)).Select(problem => $"{p.File}: {problem}")).ToList();
        Assert.True(problems.Count == 0, "refused under netlify.toml's Content-Security-Policy:\n" + string.Join("\n", problems));
    }

    private CspPageAudit Audit(string file, IHtmlDocument page) =>
        new(PolicyFor(file), new Uri(sample.Content.Site.BaseUrl, BuiltSite.SitePathOf(file)), page);

    /// <summary>The policy Netlify sends with the file (the rules can differ by path).</summary>
    private static ContentSecurityPolicy PolicyFor(string file)
    {
        var headers = Netlify.HeadersFor("/" + BuiltSite.SitePathOf(file));
        Assert.True(headers.TryGetValue("Content-Security-Policy", out var csp), $"/{file} is served without a Content-Security-Policy");
        return ContentSecurityPolicy.Parse(csp);
    }

    private IEnumerable<string> Served(string extension) => sample.Built.Files.Where(f => f.EndsWith(extension, StringComparison.Ordinal));

    [GeneratedRegex(@"\beval\s*\(|\bnew\s+Function\s*\(|\bset(?:Timeout|Interval)\s*\(\s*[""'`]")]
    private static partial Regex Eval();

    // setAttribute("style", ...) or markup with a style attribute (for innerHTML); el.style.x = ... is CSSOM, which CSP allows.
    [GeneratedRegex(@"setAttribute\(\s*[""'`]style[""'`]|<[a-z][^<>]*\sstyle=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"@font-face\s*\{[^}]*\}", RegexOptions.IgnoreCase)]
    private static partial Regex FontFace();

    [GeneratedRegex(@"@import\s+(?:url\(\s*)?[""']?(?<url>[^""')\s;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Import();

    [GeneratedRegex(@"url\(\s*[""']?(?<url>[^""')]+?)[""']?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
