using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>The set of rules a build and <c>check</c> run, assembled once.</summary>
public sealed class ContentValidator(IReadOnlyList<IContentRule> rules)
{
    public static ContentValidator Default { get; } = new(
    [
        new UnknownExpert(), new UnknownTag(), new DuplicateSlug(), new UnsafeLink(), new FutureDate(TimeProvider.System),
        new UpdatedBeforeDate(), new TitleLength(), new SummaryLength(), new TagCount(), new MissingBio(), new DuplicateExercise(),
        new BrokenAnswerLink(), new LevelOneHeading(), new ImageWithoutAlt(), new UnknownField(), new InvalidAlias(), new AliasConflict(),
    ]);

    public void Validate(ContentSet content, DiagnosticBag bag)
    {
        foreach (var rule in rules) rule.Check(content, bag);
    }
}
