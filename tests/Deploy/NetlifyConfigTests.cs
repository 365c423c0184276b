using System.Text.RegularExpressions;

namespace RunnersQA.Tests.Deploy;

/// <summary>netlify.toml, read with a TOML parser: what Netlify builds, publishes and sends.</summary>
public sealed partial class NetlifyConfigTests
{
    private static readonly NetlifyConfig Netlify = NetlifyConfig.Load(Repository.Root);

    [Fact]
    public void Publishes_the_folder_the_build_writes_by_default()
    {
        Assert.Equal("_site", Netlify.Publish);
        // README's options table gives the default of --output; the two must agree.
        var readme = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"));
        var output = readme.Single(l => l.StartsWith("| `--output`", StringComparison.Ordinal));
        Assert.Equal(Netlify.Publish, LastCodeSpan().Match(output).Groups[1].Value);
    }

    [Fact]
    public void Production_build_installs_dotnet_10_then_builds_for_the_site_url()
    {
        var command = Expanded("production");
        AssertInstallsDotnet10(command);
        Assert.Contains("--project generator", command);
        Assert.Matches(@"\bbuild\b.*--base-url ""\$URL""", command);
        Assert.DoesNotContain("--drafts", command);
    }

    [Fact]
    public void Deploy_previews_build_drafts_for_the_preview_address()
    {
        var command = Expanded("deploy-preview");
        AssertInstallsDotnet10(command);
        Assert.Matches(@"\bbuild\b.*--drafts", command);
        Assert.Contains("--base-url \"$DEPLOY_PRIME_URL\"", command);
    }

    [Fact]
    public void Branch_deploys_build_for_the_branch_address_without_drafts()
    {
        var command = Expanded("branch-deploy");
        AssertInstallsDotnet10(command);
        Assert.Matches(@"\bbuild\b.*--base-url ""\$DEPLOY_PRIME_URL""", command);
        Assert.DoesNotContain("--drafts", command);
    }

    [Fact]
    public void Every_path_is_served_with_a_content_security_policy_and_security_headers()
    {
        foreach (var path in new[] { "/", "/answers/some-answer/", "/assets/site.css", "/search/s/0123456789.json", "/no-such-page" })
        {
            var headers = Netlify.HeadersFor(path);
            Assert.True(headers.TryGetValue("Content-Security-Policy", out var csp), $"{path} has no Content-Security-Policy");
            var policy = ContentSecurityPolicy.Parse(csp);
            Assert.Equal(["'none'"], policy.SourcesOf("frame-ancestors"));
            Assert.Equal(["'none'"], policy.Governing("object-src"));
            Assert.NotNull(policy.Governing("script-src-elem"));
            Assert.Equal("nosniff", headers.GetValueOrDefault("X-Content-Type-Options"));
            Assert.Equal("DENY", headers.GetValueOrDefault("X-Frame-Options"));
            Assert.Equal("strict-origin-when-cross-origin", headers.GetValueOrDefault("Referrer-Policy"));
            Assert.Contains("camera=()", headers.GetValueOrDefault("Permissions-Policy"));
        }
    }

    [Fact]
    public void Only_the_editor_at_admin_may_eval_and_it_is_never_indexed()
    {
        var admin = ContentSecurityPolicy.Parse(Netlify.HeadersFor("/admin/").GetValueOrDefault("Content-Security-Policy")!);
        Assert.True(admin.AllowsEval);
        Assert.Equal(["'none'"], admin.SourcesOf("frame-ancestors"));
        Assert.Equal("noindex", Netlify.HeadersFor("/admin/config.yml").GetValueOrDefault("X-Robots-Tag"));
        foreach (var path in new[] { "/", "/answers/admin/", "/experts/admin/", "/assets/site.css" })
        {
            var policy = ContentSecurityPolicy.Parse(Netlify.HeadersFor(path).GetValueOrDefault("Content-Security-Policy")!);
            Assert.False(policy.AllowsEval, $"{path} may eval");
            Assert.False(policy.AllowsInline("style-src-elem", "", attribute: false), $"{path} allows inline style");
            Assert.Null(Netlify.HeadersFor(path).GetValueOrDefault("X-Robots-Tag"));
        }
    }

    [Theory]
    [InlineData("/search/s/29510e344a.json")]
    [InlineData("/search/d/ab2d112e98/3.json")]
    public void Search_index_paths_are_cached_for_a_year_as_immutable(string path) =>
        Assert.Equal("public, max-age=31536000, immutable", Netlify.HeadersFor(path).GetValueOrDefault("Cache-Control"));

    [Fact]
    public void The_search_manifest_keeps_its_name_so_it_revalidates_on_every_visit() =>
        Assert.Equal("public, max-age=0, must-revalidate", Netlify.HeadersFor("/search/manifest.json").GetValueOrDefault("Cache-Control"));

    [Theory]
    [InlineData("/assets/site.css")]
    [InlineData("/assets/search.js")]
    [InlineData("/assets/favicon.svg")]
    public void Assets_not_named_by_their_content_are_not_cached_as_immutable(string path) =>
        Assert.DoesNotContain("immutable", Netlify.HeadersFor(path).GetValueOrDefault("Cache-Control") ?? "");

    [Theory]
    [InlineData("/assets/site.0123abcdef.css")]
    [InlineData("/assets/search.0123abcdef.js")]
    public void Fingerprinted_stylesheet_and_script_are_cached_as_immutable(string path) =>
        Assert.Contains("immutable", Netlify.HeadersFor(path).GetValueOrDefault("Cache-Control") ?? "");

    [Fact]
    public void Netlify_path_patterns_match_as_netlify_reads_them()
    {
        Assert.True(new NetlifyHeaderRule("/*", new Dictionary<string, string>()).Matches("/"));
        Assert.True(new NetlifyHeaderRule("/search/s/*", new Dictionary<string, string>()).Matches("/search/s/a.json"));
        Assert.False(new NetlifyHeaderRule("/search/s/*", new Dictionary<string, string>()).Matches("/search/index.html"));
        Assert.True(new NetlifyHeaderRule("/assets/site.*.css", new Dictionary<string, string>()).Matches("/assets/site.abc.css"));
        Assert.False(new NetlifyHeaderRule("/assets/site.*.css", new Dictionary<string, string>()).Matches("/assets/site.css"));
        Assert.True(new NetlifyHeaderRule("/experts/:id/", new Dictionary<string, string>()).Matches("/experts/rachel-moss"));
    }

    private static string Expanded(string context)
    {
        var command = Netlify.Command(context);
        Assert.False(string.IsNullOrWhiteSpace(command), $"netlify.toml has no build command for {context}");
        return Netlify.Expand(command);
    }

    private static void AssertInstallsDotnet10(string command)
    {
        Assert.Contains("dotnet-install.sh", command);
        Assert.Matches(@"--channel\s+10\.0\b", command);
    }

    [GeneratedRegex(@"`([^`]*)`\s*\|\s*$")]
    private static partial Regex LastCodeSpan();
}
