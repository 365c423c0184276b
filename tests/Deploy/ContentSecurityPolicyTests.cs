using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;

namespace RunnersQA.Tests.Deploy;

/// <summary>
/// The policy reader and page audit the deploy tests rely on: they must refuse what a browser refuses and
/// allow what it allows, or the built-site checks would pass for the wrong reason.
/// </summary>
public sealed class ContentSecurityPolicyTests
{
    private static readonly Uri Page = new("https://qa.example.org/answers/knees/");

    private const string Strict = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    [Fact]
    public void Fetch_directives_fall_back_to_default_src_and_navigation_ones_do_not()
    {
        var policy = ContentSecurityPolicy.Parse("default-src 'self'; script-src 'self' https://cdn.example.net");
        Assert.Equal(["'self'"], policy.Governing("img-src"));
        Assert.Equal(["'self'", "https://cdn.example.net"], policy.Governing("script-src-elem"));
        Assert.Null(policy.Governing("form-action"));
        Assert.Null(policy.Governing("base-uri"));
    }

    [Theory]
    [InlineData("script-src-elem", "/assets/search.js", true)]
    [InlineData("script-src-elem", "../../assets/search.js", true)]
    [InlineData("script-src-elem", "https://qa.example.org/assets/search.js", true)]
    [InlineData("script-src-elem", "//cdn.example.net/x.js", false)]
    [InlineData("script-src-elem", "https://cdn.example.net/x.js", false)]
    [InlineData("script-src-elem", "http://qa.example.org/assets/search.js", false)]
    [InlineData("img-src", "data:image/png;base64,AAAA", true)]
    [InlineData("style-src-elem", "data:text/css,body{}", false)]
    [InlineData("form-action", "/ask/thanks/", true)]
    [InlineData("form-action", "mailto:questions@example.org", false)]
    [InlineData("form-action", "https://forms.example.org/ask", false)]
    [InlineData("object-src", "/file.swf", false)]
    public void Urls_are_allowed_as_a_browser_would(string directive, string url, bool allowed) =>
        Assert.Equal(allowed, ContentSecurityPolicy.Parse(Strict).AllowsUrl(directive, url, Page));

    [Fact]
    public void Host_and_scheme_sources_match_their_urls()
    {
        var policy = ContentSecurityPolicy.Parse("script-src https://*.example.net https://cdn.example.com/lib/ https:; img-src *");
        Assert.True(policy.AllowsUrl("script-src-elem", "https://a.example.net/x.js", Page));
        Assert.False(policy.AllowsUrl("script-src-elem", "http://elsewhere.org/x.js", Page));
        Assert.True(policy.AllowsUrl("script-src-elem", "https://elsewhere.org/x.js", Page)); // https: allows any https URL
        Assert.True(policy.AllowsUrl("img-src", "https://images.example.org/a.png", Page));
        Assert.False(policy.AllowsUrl("img-src", "data:image/png;base64,AAAA", Page)); // * does not cover data:
    }

    [Fact]
    public void Inline_code_needs_unsafe_inline_or_a_matching_hash()
    {
        var strict = ContentSecurityPolicy.Parse(Strict);
        Assert.False(strict.AllowsInline("script-src-elem", "alert(1)"));
        Assert.False(strict.AllowsInline("style-src-attr", "color:red", attribute: true));

        var relaxed = ContentSecurityPolicy.Parse("default-src 'self'; style-src 'self' 'unsafe-inline'");
        Assert.True(relaxed.AllowsInline("style-src-attr", "color:red", attribute: true));
        Assert.True(relaxed.AllowsInline("style-src-elem", "p{}"));
        Assert.False(relaxed.AllowsInline("script-src-elem", "alert(1)"));

        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("alert(1)")));
        var hashed = ContentSecurityPolicy.Parse($"script-src 'self' 'unsafe-inline' 'sha256-{hash}'");
        Assert.True(hashed.AllowsInline("script-src-elem", "alert(1)"));
        Assert.False(hashed.AllowsInline("script-src-elem", "alert(2)")); // a hash turns 'unsafe-inline' off
        Assert.False(hashed.AllowsInline("script-src-attr", "alert(1)", attribute: true)); // attributes need 'unsafe-hashes'
    }

    [Fact]
    public void The_audit_reports_what_the_policy_refuses_and_nothing_else()
    {
        const string html = """
            <!doctype html><html><head>
            <link rel="stylesheet" href="/assets/site.css"><link rel="stylesheet" href="https://fonts.example.net/f.css">
            <script type="application/ld+json">{"@type":"Thing"}</script>
            <script type="module" src="/assets/search.js"></script>
            <script>alert(1)</script><style>p{}</style>
            </head><body>
            <p style="color:red" onclick="go()">x</p><a href="javascript:go()">y</a>
            <img src="/a.svg"><img src="data:image/png;base64,AAAA"><img src="https://images.example.net/a.png">
            <form action="/ask/thanks/"></form><form action="mailto:q@example.org"></form>
            <iframe src="/answers/other/"></iframe><object data="/x.swf"></object>
            <form data-manifest="/search/manifest.json" action="/search/"></form>
            </body></html>
            """;
        var audit = new CspPageAudit(ContentSecurityPolicy.Parse(Strict + "; connect-src 'self'"), Page, new HtmlParser().ParseDocument(html));
        Assert.Single(audit.Scripts());
        Assert.Equal(2, audit.InlineHandlers().Count());
        Assert.Equal(3, audit.Styles().Count()); // external stylesheet, <style>, style attribute
        Assert.Single(audit.Images());
        Assert.Single(audit.Forms());
        Assert.Equal(2, audit.Embedded().Count()); // a frame of a page that refuses framing; an object
        Assert.Empty(audit.Fetches());

        var open = new CspPageAudit(ContentSecurityPolicy.Parse("default-src *"), Page, new HtmlParser().ParseDocument(html));
        Assert.Single(open.Scripts()); // still no inline script without 'unsafe-inline'
        Assert.Equal(2, open.Styles().Count()); // nor inline style; any stylesheet host is fine
        Assert.Single(open.Images()); // * does not cover data:
        Assert.Empty(open.Forms()); // no form-action: forms go anywhere
        Assert.Empty(open.Embedded());
    }
}
