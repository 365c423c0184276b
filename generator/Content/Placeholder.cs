using System.Buffers;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>
/// A text <c>new</c> writes for the author to replace. Declared here once: the scaffolds write these texts (and
/// no other), loading finds any left in a file, wherever it stands (a front-matter value at any depth, or the
/// body), and the placeholder rule reports them.
/// </summary>
/// <param name="Text">Exactly what the scaffold writes, and what is looked for.</param>
/// <param name="Replacement">What to write instead, for the hint: "the reader's question, in their words".</param>
public sealed record Placeholder(string Text, string Replacement)
{
    public static readonly Placeholder Question = new("Replace this with the reader's question, in their words.",
        "the reader's question, in their words (keep it indented under `question: |`)");
    public static readonly Placeholder ShortAnswer = new("Replace this with the short answer: the one or two sentences a reader should take away.",
        "the short answer: the one or two sentences a reader should take away");
    public static readonly Placeholder ExplanationHeading = new("Replace this with a heading for the explanation", "a heading for the explanation");
    public static readonly Placeholder Explanation = new("Replace this with the explanation: what is going on, in plain words.",
        "what is going on, in plain words");
    public static readonly Placeholder StepsHeading = new("Replace this with a heading for what to do", "a heading for what to do");
    public static readonly Placeholder Steps = new("Replace this with the steps to take, and when to see a physiotherapist or doctor.",
        "the steps to take, and when to see a physiotherapist or doctor");
    public static readonly Placeholder Credential = new("Replace with a qualification", "one of the expert's qualifications, such as `MSc Sports Physiotherapy`");
    public static readonly Placeholder OtherCredential = new("Replace with another qualification", "another qualification, or remove it from the list");
    public static readonly Placeholder Website = new("https://example.org/replace-with-their-website", "the address of the expert's website, or remove the link");
    public static readonly Placeholder Bio = new(
        "Replace this with a short biography, in the third person: experience, who they coach or treat, and what they answer questions on.",
        "a short biography, in the third person: experience, who they coach or treat, and what they answer questions on");

    /// <summary>Every placeholder: what the rule looks for. No one holds another, so each is found once.</summary>
    public static IReadOnlyList<Placeholder> All { get; } =
        [Question, ShortAnswer, ExplanationHeading, Explanation, StepsHeading, Steps, Credential, OtherCredential, Website, Bio];

    private static readonly SearchValues<string> Texts = SearchValues.Create([.. All.Select(p => p.Text)], StringComparison.Ordinal);

    /// <summary>
    /// Every placeholder in <paramref name="text"/>, which starts at line <paramref name="firstLine"/> of the file, at
    /// its own line and column. One vectorised search when there is none, as in nearly every file.
    /// </summary>
    /// <param name="yaml">Skip lines that are YAML comments: a placeholder commented out reaches no reader.</param>
    public static IReadOnlyList<Positioned<Placeholder>> FindIn(string text, string path, int firstLine, bool yaml)
    {
        List<Positioned<Placeholder>>? found = null;
        var (line, lineStart, scanned) = (firstLine, 0, 0);
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOfAny(Texts);
            if (at < 0) break;
            at += from;
            for (; scanned < at; scanned++)
            {
                if (text[scanned] == '\n') (line, lineStart) = (line + 1, scanned + 1);
            }
            var placeholder = All.First(p => text.AsSpan(at).StartsWith(p.Text, StringComparison.Ordinal));
            if (!(yaml && text.AsSpan(lineStart, at - lineStart).TrimStart().StartsWith('#')))
                (found ??= []).Add(new Positioned<Placeholder>(placeholder, new SourceLocation(path, line, at - lineStart + 1)));
            from = at + placeholder.Text.Length;
        }
        return found ?? (IReadOnlyList<Positioned<Placeholder>>)[];
    }
}
