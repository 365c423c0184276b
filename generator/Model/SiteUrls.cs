namespace RunnersQA.Model;

/// <summary>Every URL the site writes, from one place, so a base path (https://example.org/qa/) applies everywhere.</summary>
public sealed record SiteUrls(Uri BaseUrl)
{
    public string BasePath => BaseUrl.AbsolutePath;

    /// <summary>A site-relative URL ("/qa/answers/x/") for a path relative to the site root ("answers/x/").</summary>
    public string Local(string path) => BasePath + path;

    public Uri Absolute(string path) => new(BaseUrl, path);

    public static string AnswerPath(string slug) => $"answers/{slug}/";
    public static string TagPath(string id) => $"tags/{id}/";
    public static string ExpertPath(string id) => $"experts/{id}/";
    public const string TagsPath = "tags/";
    public const string ExpertsPath = "experts/";
    public const string FeedPath = "feed.xml";
    public const string SitemapPath = "sitemap.xml";
    public const string AssetsPath = "assets/";
    public const string SearchPath = "search/";
    public const string AskPath = "ask/";
    public const string AskThanksPath = "ask/thanks/";
    public const string CorrectionsPath = "corrections/";
    public const string CorrectionsFeedPath = "corrections/feed.xml";

    /// <summary>The file a clean URL path is written to: "answers/x/" becomes "answers/x/index.html".</summary>
    public static string FileFor(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
}
