namespace RunnersQA.Content;

/// <summary>
/// The repository the site's input folder lives in (site.yml's <c>repository:</c>): enough to link each file to
/// the platform's web editor, which opens a fork for anyone without write access.
/// </summary>
/// <param name="Url">The repository's web address, without a trailing slash.</param>
/// <param name="Folder">The input folder's path inside the repository, '/'-separated.</param>
public sealed record SourceRepository(string Url, string Branch, string Folder, RepositoryPlatform Platform)
{
    /// <summary>The web editor's address for a file, given by its path inside the input folder ("answers/2026/x.md").</summary>
    public string EditUrl(string inputPath)
    {
        var path = string.Join('/', $"{Folder}/{inputPath}".Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
        var branch = string.Join('/', Branch.Split('/').Select(Uri.EscapeDataString));
        return Platform switch
        {
            RepositoryPlatform.GitLab => $"{Url}/-/edit/{branch}/{path}",
            _ => $"{Url}/edit/{branch}/{path}",
        };
    }

    /// <summary>The platform an address is on, when its host says so (github.com, gitlab.com).</summary>
    public static RepositoryPlatform? PlatformOf(Uri url) => url.Host.ToLowerInvariant() switch
    {
        "github.com" or "www.github.com" => RepositoryPlatform.GitHub,
        "gitlab.com" or "www.gitlab.com" => RepositoryPlatform.GitLab,
        _ => null,
    };
}
