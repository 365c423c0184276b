using RunnersQA.Content.Fields;

namespace RunnersQA.Content;

/// <summary>
/// A taxonomy as the site declares it, with its terms. Tags are always one, and the first: the default; the others
/// are declared under <c>taxonomies:</c> in site.yml.
/// </summary>
/// <param name="Answers">Its front-matter field: <see cref="TermsField.Key"/> is also its key ("tags").</param>
/// <param name="Path">Its pages' folder, relative to the site root ("tags/").</param>
/// <param name="Terms">The declared terms; when <paramref name="TermsDeclared"/> is false, the terms the answers use.</param>
/// <param name="TermsFile">Where its terms are declared, as diagnostics name it ("input/tags.yml").</param>
public sealed record TaxonomyDefinition(TermsField Answers, string Name, string TermName, string Path,
    IReadOnlyDictionary<string, TermDefinition> Terms, bool TermsDeclared, string TermsFile)
{
    public string Key => Answers.Key;

    /// <summary>Where it is declared: its key in site.yml, or the start of tags.yml for tags.</summary>
    public Diagnostics.SourceLocation Location { get; init; } = Diagnostics.SourceLocation.StartOf(TermsFile);

    /// <summary>One term's kind, in a word: the search filter's parameter and the term pages' kind ("tag").</summary>
    public string Term => Answers.Term;

    /// <summary>The front-matter field that lists an answer's terms, as declared.</summary>
    public Field Field { get; } = Answers.Declaration;

    /// <summary>Where its terms are declared, in words: "tags.yml" (a file of their own), or "`levels: terms:` in site.yml".</summary>
    public string TermsPlace => Key == AnswerFields.Tags.Name ? System.IO.Path.GetFileName(TermsFile) : $"`{Key}: terms:` in {System.IO.Path.GetFileName(TermsFile)}";
}
