using System.Collections.Frozen;
using System.Globalization;
using RunnersQA.Content;
using RunnersQA.Strings;
using RunnersQA.Templates;

namespace RunnersQA.Model;

/// <summary>
/// The site as pages see it: published answers resolved against their experts and terms, and every
/// index pages need (by term of each taxonomy, by expert, related, previous and next) computed once, here.
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

    /// <summary>Every taxonomy's terms and answers, the default (tags) first.</summary>
    public IReadOnlyList<TaxonomyIndex> Taxonomies { get; }

    /// <summary>The tags, largest first, then by name.</summary>
    public IReadOnlyList<Term> Tags => Taxonomies[0].Terms;

    /// <summary>The tags with at least one published answer, in the order of <see cref="Tags"/>.</summary>
    public ValueList<Term> TagsInUse => Taxonomies[0].InUse;

    /// <summary>Most answers first, then by name.</summary>
    public ValueList<Expert> Experts { get; }

    public FrozenDictionary<string, ValueList<Answer>> AnswersByTag => Taxonomies[0].AnswersByTerm;
    public FrozenDictionary<string, ValueList<Answer>> AnswersByExpert { get; }

    /// <summary>The answers each expert reviewed, by expert id, newest first.</summary>
    public FrozenDictionary<string, ValueList<Answer>> AnswersReviewedBy { get; private init; } = FrozenDictionary<string, ValueList<Answer>>.Empty;

    /// <summary>Every published answer's corrections, newest first (then in the order of <see cref="Answers"/>).</summary>
    public ValueList<PublishedCorrection> Corrections { get; private init; } = [];

    /// <summary>Groups of words or phrases that mean the same to a reader (synonyms.yml): search files each under all.</summary>
    public ValueList<ValueList<string>> Synonyms { get; private init; } = [];

    /// <summary>The theme's words in the site's language, for the pages' titles, headings and descriptions.</summary>
    public ThemeStrings Strings { get; private init; } = null!;

    /// <summary>Files to publish as they are, expert photos and the published answers' images: source file and site path, each path once.</summary>
    public IReadOnlyList<(MediaFile File, string SitePath)> Media { get; }

    private Site(SiteConfig config, SiteUrls urls, CultureInfo culture, Answer[] answers, TaxonomyIndex[] taxonomies, Expert[] experts,
        FrozenDictionary<string, ValueList<Answer>> byExpert, IReadOnlyList<(MediaFile, string)> photos, int[][] relatedPositions)
    {
        Config = config;
        Urls = urls;
        Culture = culture;
        Answers = answers;
        Taxonomies = taxonomies;
        Experts = experts.ToValueList();
        AnswersByExpert = byExpert;
        Media = photos;
        _positionBySlug = answers.Select((a, i) => (a.Slug, i)).ToFrozenDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        _relatedPositions = relatedPositions;
        _related = new ValueList<Answer>[answers.Length];
        for (var i = 0; i < answers.Length; i++) _related[i] = relatedPositions[i].Select(j => answers[j]).ToValueList();
    }

    /// <summary>Up to <see cref="RelatedAnswers.Most"/> answers that share most tags with this one, newest first among equals.</summary>
    public ValueList<Answer> RelatedTo(Answer answer) => _related[_positionBySlug[answer.Slug]];

    /// <summary>The next older answer, or null for the oldest.</summary>
    public Answer? Older(Answer answer) => _positionBySlug[answer.Slug] is var i && i + 1 < Answers.Count ? Answers[i + 1] : null;

    /// <summary>The next newer answer, or null for the newest.</summary>
    public Answer? Newer(Answer answer) => _positionBySlug[answer.Slug] is var i && i > 0 ? Answers[i - 1] : null;

    /// <param name="memo">Records, resolved answers and related answers made before, reused where their inputs are equal.</param>
    /// <param name="strings">The theme's words in the site's language: the model's dates and labels, and the pages' words.</param>
    public static Site Create(ContentSet content, bool includeDrafts, ThemeStrings strings, ModelMemo? memo = null)
    {
        var config = content.Site;
        var urls = new SiteUrls(config.BaseUrl);
        var culture = strings.Culture;
        var words = ModelWords.From(strings);

        var published = content.Answers.Where(a => includeDrafts || !a.Draft)
            .OrderByDescending(a => a.Date.Value).ThenBy(a => a.Slug, StringComparer.Ordinal).ToArray();

        // Each taxonomy's terms by id, in the order of content.Taxonomies.
        var taxonomies = content.Taxonomies.Select((definition, i) => TaxonomyOf(i == 0 ? definition with { Name = words.TagsName, TermName = words.TagName } : definition, i, urls)).ToArray();
        var terms = content.Taxonomies.Select((definition, i) =>
        {
            var counts = published.SelectMany(a => a.TermsOf(definition.Field).Select(t => t.Value).Distinct())
                .GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return definition.Terms.Values
                .Select(t => new Term(t.Id, t.Name, t.Description, urls.Local(taxonomies[i].TermPath(t.Id)), counts.GetValueOrDefault(t.Id), taxonomies[i])
                {
                    Medical = t.Medical, SeeAClinician = t.SeeAClinician,
                })
                .Select(term => memo is null ? term : memo.Terms.Reuse(term, Same))
                .ToDictionary(t => t.Id, StringComparer.Ordinal);
        }).ToArray();

        var expertCounts = published.GroupBy(a => a.Expert.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var expertIds = content.Experts.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var reviewCounts = published.Select(a => a.ReviewerAmong(expertIds)).OfType<string>().GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
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
                expertCounts.GetValueOrDefault(e.Id))
            {
                SourcePath = e.InputPath, Initials = Expert.InitialsOf(e.Name, culture),
                Disclosures = e.Disclosures.Select(d => d.Value.Trim()).ToValueList(),
                Registration = e.Registration is { } r ? new ExpertRegistration(r.Body.Trim(), r.Number.Value.Trim(), r.Url?.Value) : null,
                ReviewCount = reviewCounts.GetValueOrDefault(e.Id),
            };
            return memo is null ? expert : memo.Experts.Reuse(expert, Same);
        }, StringComparer.Ordinal);

        Expert? Reviewer(AnswerFile file) => file.ReviewerAmong(expertIds) is { } id ? experts[id] : null;
        var answers = published.Select(file => memo is not null && content.Sources.TryGetValue(file.Location.Path, out var source)
            ? memo.Answers.Reuse(new AnswerInputs(source, experts[file.Expert.Value], TermsOf(file, content.Taxonomies, taxonomies, terms), urls, words, Reviewer(file)),
                inputs => Answer.From(file, urls, words, inputs.Expert, inputs.Terms, inputs.Reviewer))
            : Answer.From(file, urls, words, experts[file.Expert.Value], TermsOf(file, content.Taxonomies, taxonomies, terms), Reviewer(file))).ToArray();
        var relatedPositions = memo is null ? RelatedAnswers.Find(answers) : memo.Related.Reuse(TagLayout(answers), _ => RelatedAnswers.Find(answers));

        var indexes = taxonomies.Select((taxonomy, i) =>
        {
            var filed = answers.SelectMany(a => a.Taxonomies[i].Terms.Select(t => (t.Id, Answer: a))).ToLookup(x => x.Id, x => x.Answer, StringComparer.Ordinal);
            return new TaxonomyIndex(taxonomy,
                [.. terms[i].Values.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal)],
                terms[i].Keys.ToFrozenDictionary(id => id, id => filed[id].ToValueList(), StringComparer.Ordinal));
        }).ToArray();
        var byExpert = experts.Keys.ToFrozenDictionary(id => id,
            id => answers.Where(a => a.Expert.Id == id).ToValueList(), StringComparer.Ordinal);
        var reviewed = answers.Where(a => a.Review is not null).ToLookup(a => a.Review!.Reviewer.Id, StringComparer.Ordinal);
        var byReviewer = experts.Keys.ToFrozenDictionary(id => id, id => reviewed[id].ToValueList(), StringComparer.Ordinal);

        return new Site(config, urls, culture, answers, indexes,
            [.. experts.Values.OrderByDescending(e => e.AnswerCount).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)],
            byExpert, [.. photos, .. published.SelectMany(a => a.Images).DistinctBy(i => i.FileName, StringComparer.Ordinal).Select(i => (i, i.FileName))],
            relatedPositions)
        {
            Synonyms = content.Synonyms,
            Strings = strings,
            AnswersReviewedBy = byReviewer,
            Corrections = answers.SelectMany(a => a.Corrections.Select(c => new PublishedCorrection(c, a)))
                .OrderByDescending(c => c.Correction.Date.Value).ToValueList(),
        };
    }

    /// <summary>How the model names a declared taxonomy: the default's term refs are bare ids, any other's start with its key.</summary>
    private static Taxonomy TaxonomyOf(TaxonomyDefinition definition, int position, SiteUrls urls) =>
        new(definition.Key, definition.Term, definition.Name, definition.TermName, position == 0 ? "" : definition.Key + ":",
            definition.Path, urls.Local(definition.Path));

    /// <summary>An answer's terms of every taxonomy, each list in the order its front matter gives them.</summary>
    private static ValueList<TermList> TermsOf(AnswerFile file, IReadOnlyList<TaxonomyDefinition> definitions, Taxonomy[] taxonomies,
        Dictionary<string, Term>[] terms) =>
        definitions.Select((definition, i) => new TermList(taxonomies[i],
            file.TermsOf(definition.Field).Select(t => t.Value).Distinct().Select(id => terms[i][id]).ToValueList())).ToValueList();

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
}
