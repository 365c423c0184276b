using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Deploy;

/// <summary>The GitHub Pages recipe: builds on pushes to main for the Pages address and deploys _site/.</summary>
public sealed class PagesWorkflowTests
{
    private static readonly PagesWorkflow Workflow = PagesWorkflow.Load(Repository.Root);

    [Fact]
    public void Runs_on_pushes_to_main_and_by_hand()
    {
        var on = Assert.IsType<YamlMappingNode>(PagesWorkflow.Child(Workflow.Root, "on"));
        var push = Assert.IsType<YamlMappingNode>(PagesWorkflow.Child(on, "push"));
        Assert.Equal(["main"], PagesWorkflow.List(push, "branches"));
        Assert.NotNull(PagesWorkflow.Child(on, "workflow_dispatch"));
    }

    [Fact]
    public void May_deploy_to_pages_and_nothing_more()
    {
        var permissions = Assert.IsType<YamlMappingNode>(PagesWorkflow.Child(Workflow.Root, "permissions"));
        Assert.Equal("read", PagesWorkflow.Text(permissions, "contents"));
        Assert.Equal("write", PagesWorkflow.Text(permissions, "pages"));
        Assert.Equal("write", PagesWorkflow.Text(permissions, "id-token"));
        var concurrency = Assert.IsType<YamlMappingNode>(PagesWorkflow.Child(Workflow.Root, "concurrency"));
        Assert.Equal("pages", PagesWorkflow.Text(concurrency, "group"));
    }

    [Fact]
    public void Builds_for_the_address_configure_pages_gives()
    {
        var configure = Workflow.StepUsing("build", "actions/configure-pages");
        var id = PagesWorkflow.Text(configure, "id");
        Assert.False(string.IsNullOrEmpty(id), "configure-pages needs an id for its outputs to be read");
        Assert.Contains(Workflow.Steps("build"), s => PagesWorkflow.Text(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true
            && PagesWorkflow.Child(s, "with") is YamlMappingNode with && PagesWorkflow.Text(with, "dotnet-version")?.StartsWith("10.", StringComparison.Ordinal) == true);

        var steps = Workflow.Steps("build").ToList();
        var build = Assert.Single(steps, s => PagesWorkflow.Text(s, "run")?.Contains("--project generator", StringComparison.Ordinal) == true);
        var run = PagesWorkflow.Text(build, "run")!;
        // base_url has no trailing slash; the build is given one, so links sit under a project site's /<repo>/.
        Assert.Matches(@"\bbuild\b.*--base-url\s+""\$\{\{\s*steps\." + Regex.Escape(id!) + @"\.outputs\.base_url\s*\}\}/""", run);
        Assert.DoesNotContain("--drafts", run);
        Assert.True(steps.IndexOf(configure) < steps.IndexOf(build), "configure-pages must run before the build that reads its output");
    }

    [Fact]
    public void Uploads_the_built_folder_and_deploys_it()
    {
        var upload = Workflow.StepUsing("build", "actions/upload-pages-artifact");
        var with = Assert.IsType<YamlMappingNode>(PagesWorkflow.Child(upload, "with"));
        Assert.Equal(NetlifyConfig.Load(Repository.Root).Publish, PagesWorkflow.Text(with, "path"));
        Assert.Equal("_site", PagesWorkflow.Text(with, "path"));

        var deploy = Workflow.Job("deploy");
        Assert.Equal(["build"], PagesWorkflow.List(deploy, "needs"));
        var environment = Assert.IsType<YamlMappingNode>(PagesWorkflow.Child(deploy, "environment"));
        Assert.Equal("github-pages", PagesWorkflow.Text(environment, "name"));
        var step = Workflow.StepUsing("deploy", "actions/deploy-pages");
        Assert.Contains($"steps.{PagesWorkflow.Text(step, "id")}.outputs.page_url", PagesWorkflow.Text(environment, "url"));
    }
}
