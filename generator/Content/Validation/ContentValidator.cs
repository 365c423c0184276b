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

    /// <summary>Runs every rule, side by side: rules only read the content, and the bag sorts what they report.</summary>
    /// <param name="findings">What earlier validations of the session found; answer-local rules then check only new answers.</param>
    /// <param name="probe">For tests: called before each rule runs.</param>
    public void Validate(ContentSet content, DiagnosticBag bag, AnswerFindings? findings = null, FaultProbe? probe = null)
    {
        var whole = SourceLocation.StartOf(content.Input.Display(content.Input.Root));
        // A rule that throws is reported as a fault of that rule; the other rules still run.
        void Run(IContentRule rule, ContentSet set, DiagnosticBag into) =>
            FaultBarrier.Guard(whole, $"checking the content (rule {rule.GetType().Name})", into, () =>
            {
                probe?.Invoke("validate", rule.GetType().Name);
                rule.Check(set, into);
            });

        if (findings is null)
        {
            Parallel.ForEach(rules, rule => Run(rule, content, bag));
            return;
        }

        var (known, toCheck) = findings.Split(content);
        var onlyToCheck = content with { Answers = toCheck };
        var fresh = new DiagnosticBag();
        Parallel.ForEach(rules, rule =>
        {
            if (rule is IAnswerLocalRule) Run(rule, onlyToCheck, fresh);
            else Run(rule, content, bag);
        });
        var found = fresh.Sorted();
        findings.Remember(content, toCheck, found);
        foreach (var diagnostic in found.Concat(known.SelectMany(f => f))) bag.Add(diagnostic);
    }
}
