using RunnersQA.Templates;
using System.Collections.Frozen;
using System.Globalization;
using RunnersQA.Content;

namespace RunnersQA.Model;

/// <summary>
/// The site as pages see it: published answers resolved against their experts and tags, and every
/// index pages need (by tag, by expert, related, previous and next) computed once, here.
/// </summary>
public sealed class Site
{
    private readonly FrozenDictionary<string, int> _positionBySlug;
    private readonly int[][] _relatedPositions;
    private readonly ValueList<Answer>[] _related;

    public SiteConfig Config { get; }
    public SiteUrls Urls { get; }
    public CultureInfo Culture { get; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Answer> Answers { get; }

    /// <summary>Largest first, then by name.</summary>
    public IReadOnlyList<Tag> Tags { get; }

    /// <summary>The tags with at least one published answer, in the order of <see cref="Tags"/>.</summary>
    public ValueList<Tag> TagsInUse { get; }

    /// <summary>Most answers first, then by name.</summary>
    public ValueList<Expert> Experts { get; }

    public FrozenDictionary<string, ValueList<Answer>> AnswersByTag { get; }
    public FrozenDictionary<string, ValueList<Answer>> AnswersByExpert { get; }

    /// <summary>Expert photos to publish: source file and site path.</summary>
    public IReadOnlyList<(MediaFile Photo, string SitePath)> Photos { get; }

    private Site(SiteConfig config, SiteUrls urls, CultureInfo culture, Answer[] answers, Tag[] tags, Expert[] experts,
        FrozenDictionary<string, ValueList<Answer>> byTag, FrozenDictionary<string, ValueList<Answer>> byExpert,
        IReadOnlyList<(MediaFile, string)> photos, int[][] relatedPositions)
    {
        Config = config;
        Urls = urls;
        Culture = culture;
        Answers = answers;
        Tags = tags;
        TagsInUse = tags.Where(t => t.Count > 0).ToValueList();
        Experts = experts.ToValueList();
        AnswersByTag = byTag;
        AnswersByExpert = byExpert;
        Photos = photos;
        _positionBySlug = answers.Select((a, i) => (a.Slug, i)).ToFrozenDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        _relatedPositions = relatedPositions;
        _related = new ValueList<Answer>[answers.Length];
        for (var i = 0; i < answers.Length; i++) _related[i] = relatedPositions[i].Select(j => answers[j]).ToValueList();
    }

    /// <summary>Up to five answers that share most tags with this one, newest first among equals.</summary>
    public ValueList<Answer> RelatedTo(Answer answer) => _related[_positionBySlug[answer.Slug]];

    /// <summary>The next older answer, or null for the oldest.</summary>
    public Answer? Older(Answer answer) => _positionBySlug[answer.Slug] is var i && i + 1 < Answers.Count ? Answers[i + 1] : null;

    /// <summary>The next newer answer, or null for the newest.</summary>
    public Answer? Newer(Answer answer) => _positionBySlug[answer.Slug] is var i && i > 0 ? Answers[i - 1] : null;

    /// <param name="memo">Records, resolved answers and related answers made before, reused where their inputs are equal.</param>
    public static Site Create(ContentSet content, bool includeDrafts, ModelMemo? memo = null)
    {
        var config = content.Site;
        var urls = new SiteUrls(config.BaseUrl);
        var culture = CultureFor(config.Language);

        var published = content.Answers.Where(a => includeDrafts || !a.Draft)
            .OrderByDescending(a => a.Date.Value).ThenBy(a => a.Slug, StringComparer.Ordinal).ToArray();

        var tagCounts = published.SelectMany(a => a.Tags.Select(t => t.Value).Distinct())
            .GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var tags = content.Tags.Values
            .Select(t => new Tag(t.Id, t.Name, t.Description, urls.Local(SiteUrls.TagPath(t.Id)), tagCounts.GetValueOrDefault(t.Id)))
            .Select(tag => memo is null ? tag : memo.Tags.Reuse(tag, Same))
            .ToDictionary(t => t.Id, StringComparer.Ordinal);

        var expertCounts = published.GroupBy(a => a.Expert.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var photos = new List<(MediaFile, string)>();
        var experts = content.Experts.ToDictionary(e => e.Id, e =>
        {
            string? photoUrl = null;
            if (e.Photo is { } photo)
            {
                var sitePath = SiteUrls.ExpertPath(e.Id) + photo.FileName;
                photos.Add((photo, sitePath));
                photoUrl = urls.Local(sitePath);
            }
            var expert = new Expert(e.Id, e.Name, e.Role, e.Credentials.ToValueList(), photoUrl, new HtmlString(e.Bio.Html), TextExcerpt.Shorten(e.Bio.FirstParagraph, 280),
                e.Links.Select(l => l.Value).ToValueList(), urls.Local(SiteUrls.ExpertPath(e.Id)), urls.Absolute(SiteUrls.ExpertPath(e.Id)),
                expertCounts.GetValueOrDefault(e.Id));
            return memo is null ? expert : memo.Experts.Reuse(expert, Same);
        }, StringComparer.Ordinal);

        var answers = published.Select(file => memo is not null && content.Sources.TryGetValue(file.Location.Path, out var source)
            ? memo.Answers.Reuse(new AnswerInputs(source, experts[file.Expert.Value], file.Tags.Select(t => t.Value).Distinct().Select(id => tags[id]).ToValueList(), urls, culture.Name),
                _ => Answer.From(file, urls, culture, experts[file.Expert.Value], tags))
            : Answer.From(file, urls, culture, experts[file.Expert.Value], tags)).ToArray();
        var relatedPositions = memo is null ? RelatedAnswers.Find(answers) : memo.Related.Reuse(TagLayout(answers), _ => RelatedAnswers.Find(answers));

        var tagged = answers.SelectMany(a => a.Tags.Select(t => (t.Id, Answer: a))).ToLookup(x => x.Id, x => x.Answer, StringComparer.Ordinal);
        var byTag = tags.Keys.ToFrozenDictionary(id => id, id => tagged[id].ToValueList(), StringComparer.Ordinal);
        var byExpert = experts.Keys.ToFrozenDictionary(id => id,
            id => answers.Where(a => a.Expert.Id == id).ToValueList(), StringComparer.Ordinal);

        return new Site(config, urls, culture, answers,
            [.. tags.Values.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal)],
            [.. experts.Values.OrderByDescending(e => e.AnswerCount).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)],
            byTag, byExpert, photos, relatedPositions);
    }

    private static T Same<T>(T value) => value;

    /// <summary>What related answers depend on: the tag ids at each position, newest first, written out unambiguously.</summary>
    private static string TagLayout(Answer[] answers)
    {
        var layout = new System.Text.StringBuilder();
        foreach (var answer in answers)
        {
            layout.Append(answer.Tags.Count).Append(';');
            foreach (var tag in answer.Tags) layout.Append(tag.Id.Length).Append(':').Append(tag.Id);
        }
        return layout.ToString();
    }

    private static CultureInfo CultureFor(string language)
    {
        try { return CultureInfo.GetCultureInfo(language); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }
}
