using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunnersQA.Pipeline;
using RunnersQA.Tests.Deploy;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Cms;

/// <summary>
/// The editor at /admin/, end to end: the built site's Decap CMS, in Chromium under netlify.toml's /admin/ policy,
/// saving through the pinned decap-server into a temporary git checkout. An answer made in the form lands under
/// input/answers/&lt;year&gt;/, passes <c>check</c> and builds into its page; edited in the form, with an image uploaded
/// into the answer, the page changes and shows the image, saved beside the answer's file.
/// </summary>
public sealed class CmsEditorBrowserTests
{
    private const string Title = "Why do my calves cramp late in a marathon?";
    private static readonly string Modules = Path.Combine(Repository.Root, "node_modules");

    [Fact]
    public async Task An_answer_made_and_edited_in_the_editor_passes_check_and_is_published()
    {
        Assert.True(File.Exists(Path.Combine(Modules, "decap-server", "dist", "index.js")) && Directory.Exists(Path.Combine(Modules, "decap-cms")),
            $"the editor's tests need the pinned npm install: run `npm ci` in {Repository.Root}");
        using var site = TempSite.FromFixture("minimal");
        var port = FreePort();
        File.AppendAllText(site.InputPath("site.yml"), $"repository: {{ url: https://github.com/runners-qa/site }}\ncms: {{ workflow: simple, local_port: {port} }}\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "node_modules"), Modules);
        Git(site.Root, "init", "-q");
        Git(site.Root, "add", "input");
        Git(site.Root, "-c", "user.email=editor@example.org", "-c", "user.name=Editor", "commit", "-qm", "start");
        site.BuildClean();
        Assert.True(site.Built.Exists("admin/index.html"));

        using var server = StartDecapServer(site.Root, port);
        var netlify = NetlifyConfig.Load(Repository.Root);
        await using var host = await StaticSiteServer.StartAsync(site.Output, headers: netlify.HeadersFor);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) refused.Add(message.Text); };
        page.PageError += (_, error) => refused.Add(error);
        // Decap talks to its local backend only on localhost by name.
        var admin = new Uri($"http://localhost:{host.Address.Port}/admin/");

        await page.GotoAsync(admin.AbsoluteUri);
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync();
        await page.GotoAsync(admin.AbsoluteUri + "#/collections/answers/new");
        await page.FillAsync(await Field(page, "Title"), Title);
        await page.FillAsync(await Field(page, "Publication date"), "2026-11-02");
        await (await Editor(page, "Question")).ClickAsync();
        await page.Keyboard.TypeAsync("My calves cramp after mile 20. Is it salt?");
        await page.Locator(await Field(page, "Expert")).FillAsync("Rachel");
        await page.GetByText("Rachel Moss", new() { Exact = true }).Last.WaitForAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(await Field(page, "Tags")).FillAsync("Knee");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Add exercise") }).ClickAsync();
        await page.FillAsync(await Field(page, "Exercise title"), "Calf raises off a step");
        await page.FillAsync(await Field(page, "Link"), "https://example.org/drills/calf-raises");
        await page.Locator(await Field(page, "Kind")).FillAsync("drill");
        await page.Keyboard.PressAsync("Enter");
        await page.FillAsync(await Field(page, "Minutes"), "10");
        await (await Editor(page, "Answer")).ClickAsync();
        await page.Keyboard.TypeAsync("It is rarely salt. Pace the first half evenly.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(site.Root, "editor-new-answer.png") });
        await PublishAsync(page);

        var file = site.InputPath("answers/2026/why-do-my-calves-cramp-late-in-a-marathon.md");
        var written = await WaitForAsync(file, text => text.Contains("Pace the first half evenly.", StringComparison.Ordinal));
        Assert.Contains("expert: rachel-moss", written);
        Assert.Contains("knee-pain", written);
        Assert.Contains("kind: drill", written);
        AssertChecksAndBuilds(site, "It is rarely salt.");

        // The same answer, edited.
        await page.GotoAsync(admin.AbsoluteUri + "#/collections/answers/entries/2026/why-do-my-calves-cramp-late-in-a-marathon");
        await (await Editor(page, "Answer")).ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" Then strengthen your calves.");
        // An image, uploaded as an expert would: the body's + menu, Image, the media library's upload.
        var picture = Path.Combine(site.Root, "heel-drop.png");
        File.Copy(Path.Combine(Repository.SampleInput, "answers", "2026", "calf-raise-on-a-step.png"), picture);
        var body = page.Locator($"label[for='{(await Field(page, "Answer"))[1..]}']").Locator("xpath=../..");
        await body.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Add Component", RegexOptions.IgnoreCase) }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Image" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Choose an image", RegexOptions.IgnoreCase) }).First.ClickAsync();
        await page.SetInputFilesAsync("input[type=file]", picture);
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose selected" }).ClickAsync();
        var alt = "#" + await page.Locator("label", new() { HasTextRegex = new Regex("^Alt Text", RegexOptions.IgnoreCase) }).Last.GetAttributeAsync("for");
        await page.FillAsync(alt, "A heel drop on a step");
        await PublishAsync(page);
        // An upload is sent from a blob: URL, which the policy must let the editor read.
        var edited = await WaitForAsync(file, text => text.Contains("Then strengthen your calves.", StringComparison.Ordinal) && text.Contains("heel-drop.png", StringComparison.Ordinal));
        Assert.Contains("![A heel drop on a step](heel-drop.png)", edited);
        // decap-server writes the upload in a request of its own, which may land after the entry's.
        Assert.Equal(File.ReadAllBytes(picture), await WaitForBytesAsync(site.InputPath("answers/2026/heel-drop.png"), File.ReadAllBytes(picture).Length));
        AssertChecksAndBuilds(site, "Then strengthen your calves.");
        var shown = site.Built.Page("answers/why-do-my-calves-cramp-late-in-a-marathon/index.html").QuerySelector("main img[alt='A heel drop on a step']")!;
        Assert.Matches(@"^/media/heel-drop\.[0-9a-f]{12}\.png$", shown.GetAttribute("src")!);
        Assert.Equal(File.ReadAllBytes(picture), File.ReadAllBytes(site.Built.PathOf(shown.GetAttribute("src")!.TrimStart('/'))));

        Assert.True(refused.Count == 0, "the editor failed under the /admin/ policy:\n" + string.Join("\n", refused));
    }

    private static void AssertChecksAndBuilds(TempSite site, string words)
    {
        var check = SiteBuild.Check(new BuildOptions(Input: site.Input));
        Assert.True(check.Diagnostics.Count == 0, string.Join("\n", check.Diagnostics.Select(Diagnostics.DiagnosticFormatter.Format)));
        site.BuildClean();
        var page = site.Built.Page("answers/why-do-my-calves-cramp-late-in-a-marathon/index.html");
        Assert.Equal(Title, BuiltSite.TextOf(page.QuerySelector("h1")!));
        Assert.Contains(words, BuiltSite.TextOf(page.QuerySelector("main")!));
        Assert.NotNull(page.QuerySelector("main a[href='https://example.org/drills/calf-raises']"));
    }

    /// <summary>The input a field's label names ("Title", "Kind (optional)").</summary>
    private static async Task<string> Field(IPage page, string label) =>
        "#" + await page.Locator("label", new() { HasTextRegex = new Regex($"^{Regex.Escape(label)}( \\(optional\\))?$") }).First.GetAttributeAsync("for");

    /// <summary>A Markdown field's editable area, in the control under its label.</summary>
    private static async Task<ILocator> Editor(IPage page, string label) =>
        page.Locator($"label[for='{(await Field(page, label))[1..]}']").Locator("xpath=../..").Locator("[contenteditable='true']").First;

    private static async Task PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).First.ClickAsync();
        await page.GetByText("Publish now").ClickAsync();
    }

    private static async Task<string> WaitForAsync(string file, Func<string, bool> done)
    {
        for (var waited = 0; waited < 15_000; waited += 200)
        {
            if (File.Exists(file) && File.ReadAllText(file) is var text && done(text)) return text;
            await Task.Delay(200);
        }
        Assert.Fail($"{file} was not written as expected:\n{(File.Exists(file) ? File.ReadAllText(file) : "(no file)")}");
        return "";
    }

    private static async Task<byte[]> WaitForBytesAsync(string file, int length)
    {
        for (var waited = 0; waited < 15_000; waited += 200)
        {
            if (File.Exists(file) && File.ReadAllBytes(file) is { } bytes && bytes.Length >= length) return bytes;
            await Task.Delay(200);
        }
        Assert.Fail($"{file} was not written");
        return [];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Git(string folder, params string[] args)
    {
        using var git = Process.Start(new ProcessStartInfo("git", args) { WorkingDirectory = folder, RedirectStandardError = true })!;
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {git.StandardError.ReadToEnd()}");
    }

    /// <summary>The pinned decap-server on the checkout, once it says it listens; killed when disposed.</summary>
    private static DecapServer StartDecapServer(string repository, int port)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(Modules, "decap-server", "dist", "index.js")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repository,
            Environment = { ["PORT"] = $"{port}", ["BIND_HOST"] = "127.0.0.1", ["GIT_REPO_DIRECTORY"] = repository, ["MODE"] = "fs" },
        };
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("listening", StringComparison.Ordinal) == true) listening.TrySetResult(); };
        process.BeginOutputReadLine();
        Assert.True(listening.Task.Wait(TimeSpan.FromSeconds(20)), "decap-server did not start");
        return new DecapServer(process);
    }

    private sealed class DecapServer(Process process) : IDisposable
    {
        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }
}
