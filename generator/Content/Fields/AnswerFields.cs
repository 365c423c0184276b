namespace RunnersQA.Content.Fields;

/// <summary>The front matter of an answer, <c>answers/YYYY/&lt;slug&gt;.md</c>.</summary>
public static class AnswerFields
{
    public static readonly Field Title = new("title", FieldType.Text, "Title",
        "The reader's question as a headline. It is the page's only `#` heading.")
    {
        Required = true, MinLength = 10, MaxLength = 120,
        Examples = ["Why do my knees get sore a few miles into a run?"],
    };

    public static readonly Field Date = new("date", FieldType.Date, "Publication date",
        "The day the answer is published; not in the future.")
    {
        Required = true, Examples = ["2026-11-02"],
    };

    public static readonly Field Updated = new("updated", FieldType.Date, "Last updated",
        "The day the answer was last changed in substance; not before `date`.")
    {
        Examples = ["2026-11-10"],
    };

    public static readonly Field Question = new("question", FieldType.Markdown, "Question",
        "The reader's question as they sent it (lightly edited). Markdown is allowed; write it as a block after `question: |`.")
    {
        Required = true,
        Examples = ["|\n  I've run for years without injury, but lately both my knees ache a few miles into every run. Should I give up?"],
    };

    public static readonly Field AskerName = new("name", FieldType.Text, "Name", "The asker's name, as they want it shown.")
    {
        Default = "Anonymous", Examples = ["Matt", "Anonymous"],
    };

    public static readonly Field AskerLocation = new("location", FieldType.Text, "Location", "A town or region, no more precise than that.")
    {
        Examples = ["London"],
    };

    public static readonly Field Asker = new("asker", FieldType.Object, "Asker",
        "Who asked, as they want to be shown.")
    {
        Fields = new(AskerName, AskerLocation), Shorthand = AskerName,
        Examples = ["{ name: Matt, location: London }", "Matt"],
    };

    public static readonly Field Expert = new("expert", FieldType.Text, "Expert",
        "The id of the expert who answers: the name of their file in input/experts/ without '.md'.")
    {
        Required = true, Pattern = TextPattern.Slug, References = "experts", Examples = ["rachel-moss", "tom-adeyemi"],
    };

    public static readonly Field Tags = new("tags", FieldType.List, "Tags",
        "What the answer is about: tag ids from input/tags.yml (any valid id when the site has none).")
    {
        Required = true, MinItems = 1, MaxItems = 6, UniqueItems = true,
        Item = new("tag", FieldType.Text, "Tag id", "A tag id from input/tags.yml.")
        {
            Pattern = TextPattern.Slug, Examples = ["knee-pain", "strength"],
        },
        Examples = ["[knee-pain, foam-rolling, strength]"],
    };

    public static readonly Field ExerciseTitle = new("title", FieldType.Text, "Exercise title", "What the reader will do, in a few words.")
    {
        Required = true, Examples = ["Quad release on a foam roller"],
    };

    public static readonly Field ExerciseUrl = new("url", FieldType.Text, "Link", "Where the exercise is.")
    {
        Required = true, Pattern = TextPattern.WebAddress, Examples = ["https://www.youtube.com/watch?v=Qr2fK8mTz4B"],
    };

    public static readonly Field ExerciseKind = new("kind", FieldType.Text, "Kind", "What sort of link it is.")
    {
        Choices = ["video", "article", "drill", "plan"], Default = "video", Examples = ["video"],
    };

    public static readonly Field ExerciseMinutes = new("minutes", FieldType.Integer, "Minutes", "How long it takes, in whole minutes.")
    {
        Minimum = 1, Examples = ["5"],
    };

    public static readonly Field Exercises = new("exercises", FieldType.List, "Exercises",
        "Videos, articles, drills or plans the answer recommends, shown as a list under it.")
    {
        Item = new("exercise", FieldType.Object, "Exercise", "One recommended video, article, drill or plan.")
        {
            Fields = new(ExerciseTitle, ExerciseUrl, ExerciseKind, ExerciseMinutes),
        },
    };

    public static readonly Field Summary = new("summary", FieldType.Text, "Summary",
        "One or two sentences for search results, feeds and link previews; the first paragraph is used when left out.")
    {
        MaxLength = 300,
        Examples = ["Gradual knee soreness in both legs is usually muscular, and responds to foam rolling and strength work."],
    };

    public static readonly Field Draft = new("draft", FieldType.Boolean, "Draft",
        "`true` keeps the answer off the site; it is built only with `build --drafts`. New answers start as drafts.")
    {
        Default = "false", Examples = ["true", "false"],
    };

    public static readonly Field Aliases = new("aliases", FieldType.List, "Old addresses",
        "Earlier addresses of this answer, each a path from the site's root. The build redirects each one to the answer (a _redirects file and a page at the old address).")
    {
        UniqueItems = true,
        Item = new("alias", FieldType.Text, "Old address", "A site path that used to show this answer, such as /answers/old-slug/.")
        {
            Pattern = new(AliasPath.Expression, "a path from the site's root, such as `/answers/old-slug/`"),
            Examples = ["/answers/sore-knees/"],
        },
    };

    public static readonly Field ReviewedBy = new("reviewed_by", FieldType.Text, "Reviewed by",
        "The id of another expert who checked the answer: the name of their file in input/experts/ without '.md'. Give `reviewed:` with it.")
    {
        Pattern = TextPattern.Slug, References = "experts", Examples = ["priya-nair"],
    };

    public static readonly Field Reviewed = new("reviewed", FieldType.Date, "Reviewed on",
        "The day `reviewed_by` last checked the answer; not in the future. site.yml's `review_every:` (or a tag's in tags.yml) says when it is due again.")
    {
        Examples = ["2026-11-20"],
    };

    public static readonly Field CorrectionDate = new("date", FieldType.Date, "Date", "The day the correction was made; not before the answer's `date`, not in the future.")
    {
        Required = true, Examples = ["2026-11-12"],
    };

    public static readonly Field CorrectionText = new("text", FieldType.Text, "What was corrected",
        "What was wrong and what the answer says now, in a sentence or two.")
    {
        Required = true, MinLength = 10, MaxLength = 500,
        Examples = ["\"An earlier version gave five sets of wall sits; it is three.\""],
    };

    public static readonly Field Corrections = new("corrections", FieldType.List, "Corrections",
        "Mistakes put right after publication, shown at the end of the answer and on the corrections page. Keep every one; add the newest last.")
    {
        Item = new("correction", FieldType.Object, "Correction", "One correction: when, and what changed.")
        {
            Fields = new(CorrectionDate, CorrectionText),
        },
    };

    public static readonly Field SourceTitle = new("title", FieldType.Text, "Title", "The title of the study, guideline or article, as published.")
    {
        Required = true, MaxLength = 300, Examples = ["\"2016 Patellofemoral pain consensus statement, Part 2: recommended physical interventions\""],
    };

    public static readonly Field SourceUrl = new("url", FieldType.Text, "Link", "Where readers can read it.")
    {
        Required = true, Pattern = TextPattern.WebAddress, Examples = ["https://pmc.ncbi.nlm.nih.gov/articles/PMC4975825/"],
    };

    public static readonly Field SourceDoi = new("doi", FieldType.Text, "DOI", "Its DOI, if it has one.")
    {
        Pattern = TextPattern.Doi, Examples = ["10.1136/bjsports-2016-096268"],
    };

    public static readonly Field SourcePmid = new("pmid", FieldType.Integer, "PubMed id", "Its PubMed id (the number alone), if it has one.")
    {
        Minimum = 1, Examples = ["27247098"],
    };

    public static readonly Field Sources = new("sources", FieldType.List, "Sources",
        "The evidence the answer rests on, shown as a numbered reference list under it. Answers with a medical tag should have at least one.")
    {
        MaxItems = 40,
        Item = new("source", FieldType.Object, "Source", "One study, guideline or article.")
        {
            Fields = new(SourceTitle, SourceUrl, SourceDoi, SourcePmid),
        },
    };

    /// <summary>Every field, in the order docs and the schema list them.</summary>
    public static readonly FieldSet All = new(Title, Date, Updated, Question, Asker, Expert, ReviewedBy, Reviewed, Tags, Exercises, Sources, Corrections, Summary, Draft, Aliases);

    public static readonly Field Document = new("answer", FieldType.Object, "RunnersQA answer",
        "The front matter of one answer, input/answers/<year>/<slug>.md. The file name is the answer's URL slug.")
    {
        Fields = All,
    };
}
