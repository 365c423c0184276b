using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>The set of rules a build and <c>check</c> run, assembled once.</summary>
public sealed class ContentValidator(IReadOnlyList<IContentRule> rules)
{
    /// <summary>The rules as of today, by the system's clock.</summary>
    public static ContentValidator Default { get; } = For(TimeProvider.System);

    /// <summary>The rules, with reviews counted as of the day <paramref name="reviewClock"/> says (<c>check --today</c> pins it; see <see cref="FixedDay"/>).</summary>
    public static ContentValidator For(TimeProvider reviewClock) => new(
    [
        new UnknownExpert(), new UnknownTerm(), new DuplicateSlug(), new UnsafeLink(), new FutureDate(TimeProvider.System),
        new UpdatedBeforeDate(), new TitleLength(), new SummaryLength(), new TermCount(), new MissingBio(), new DuplicateExercise(),
        new BrokenAnswerLink(), new LevelOneHeading(), new ImageWithoutAlt(), new UnknownField(), new InvalidAlias(), new AliasConflict(), new TaxonomyConflict(),
        new PlaceholderText(), new ReviewOverdue(reviewClock), new ReviewPair(), new InvalidReviewer(), new SourceIdentifiers(), new MissingSources(),
        new DeclaredLength(), new PersonalData(), new AskerFullName(),
    ]);

    /// <summary>Runs every rule, side by side: rules only read the content, and the bag sorts what they report.</summary>
    /// <param name="findings">
    /// What answer-local rules found before, by <see cref="FindingsKey"/>: only answers with no finding for their
    /// key are checked. Answers with no source in <see cref="ContentSet.Sources"/> are always checked.
    /// </param>
    /// <param name="probe">For tests: called before each rule runs.</param>
    public void Validate(ContentSet content, DiagnosticBag bag, IMemo<FindingsKey, IReadOnlyList<Diagnostic>>? findings = null, FaultProbe? probe = null)
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

        var slugs = SlugsHash(content.AnswerSlugs);
        var toCheck = new List<(AnswerFile Answer, FindingsKey? Key)>();
        foreach (var answer in content.Answers)
        {
            FindingsKey? key = content.Sources.TryGetValue(answer.Location.Path, out var source) ? new FindingsKey(source, slugs) : null;
            if (key is { } k && findings.TryGet(k, out var known))
            {
                foreach (var diagnostic in known) bag.Add(diagnostic);
            }
            else toCheck.Add((answer, key));
        }

        // Answer-local rules see only the answers to check (and every expert, whose findings are not kept).
        var onlyToCheck = content with { Answers = [.. toCheck.Select(c => c.Answer)] };
        var fresh = new DiagnosticBag();
        Parallel.ForEach(rules, rule =>
        {
            if (rule is IAnswerLocalRule) Run(rule, onlyToCheck, fresh);
            else Run(rule, content, bag);
        });
        var found = fresh.Sorted();
        // A rule that failed found nothing it can vouch for: nothing of this validation is kept.
        var faulted = found.Any(d => d.Code == DiagnosticCode.InternalError);
        var byPath = found.ToLookup(d => d.Location.Path, StringComparer.Ordinal);
        foreach (var (answer, key) in toCheck)
        {
            if (key is { } k && !faulted) findings.Keep(k, [.. byPath[answer.Location.Path]]);
        }
        foreach (var diagnostic in found) bag.Add(diagnostic);
    }

    private static string SlugsHash(IReadOnlySet<string> slugs)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var slug in slugs.Order(StringComparer.Ordinal))
        {
            hash.AppendData(BitConverter.GetBytes(slug.Length));
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(slug));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
