using RunnersQA.Content.Fields;

namespace RunnersQA.Content;

/// <summary>
/// What a taxonomy asks of an answer's front matter: the field listing its terms, one term's kind (for messages),
/// whether the field is required and how many terms it may hold. Loading an answer and the rules that read one
/// answer depend on these alone, so they are part of what an answer's load is reused by (<see cref="AnswerSource"/>).
/// </summary>
public readonly record struct TermsField(string Key, string Term, bool Required, int MaxTerms)
{
    /// <summary>The field as the loader reads it and the rules check it: tags' own declaration, or one made for the taxonomy.</summary>
    public Field Declaration => Key == AnswerFields.Tags.Name ? AnswerFields.Tags : TaxonomyFields.AnswerField(this);

    /// <summary>Tags as <see cref="AnswerFields.Tags"/> declares them.</summary>
    public static TermsField Tags { get; } = new(AnswerFields.Tags.Name, AnswerFields.Tags.Item!.Name, AnswerFields.Tags.Required, AnswerFields.Tags.MaxItems);
}
