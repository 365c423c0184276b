using Microsoft.Playwright;

namespace RunnersQA.Tests.Support;

/// <summary>
/// Debian's Chromium, headless, as the browser tests and the benchmarks launch it (the benchmarks link this
/// file). Nothing here downloads a browser; the flags keep Chromium off a network this machine does not have.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Launches it, or throws with the install command when it is missing.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Chromium is needed at {ExecutablePath}: apt-get install chromium");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }
}
