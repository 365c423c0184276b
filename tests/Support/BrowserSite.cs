using Microsoft.Playwright;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Support;

/// <summary>
/// The sample site (or a fixture), built once, served over HTTP on 127.0.0.1, with Debian's headless Chromium
/// driven by Playwright. Shared by the browser tests of one class; each test opens its own page.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private readonly TempSite _site;
    private readonly Uri _baseUrl;
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserSite()
        : this(new Uri("https://runners-qa.example.org/"))
    {
    }

    /// <param name="baseUrl">What the site is built for; it is served under the same path.</param>
    protected BrowserSite(Uri baseUrl)
        : this(baseUrl, null)
    {
    }

    /// <param name="fixture">The fixture under tests/Fixtures/ to build, or null for the sample site.</param>
    protected BrowserSite(Uri baseUrl, string? fixture)
    {
        _baseUrl = baseUrl;
        _site = fixture is null ? TempSite.FromSample() : TempSite.FromFixture(fixture);
    }

    /// <summary>The site's address on the server, ending with a slash (its path base included).</summary>
    public Uri Address => _server!.Address;

    internal TempSite Site => _site;

    /// <summary>Called before the build: a subclass may add to the input.</summary>
    private protected virtual void Prepare(TempSite site)
    {
    }

    public async Task InitializeAsync()
    {
        Prepare(_site);
        _site.BuildClean(_baseUrl);
        _server = await StaticSiteServer.StartAsync(_site.Output, _baseUrl.AbsolutePath);
        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh page (own context) that records console errors and failed requests.</summary>
    /// <param name="touch">A phone's touch screen (no hover, coarse pointer) rather than a mouse.</param>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, int width = 390, bool touch = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 }, HasTouch = touch, IsMobile = touch,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add($"request failed: {request.Url}");
        await page.GotoAsync(new Uri(Address, path).AbsoluteUri);
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _site.Dispose();
    }
}

/// <summary>
/// Browser tests run on their own, after the others: a page load that waits on a thread pool busy with
/// parallel site builds can outlast Playwright's timeouts on a 2-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
