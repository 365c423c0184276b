namespace RunnersQA.Validation;

/// <summary>A kind of personal data a reader's question must not carry, in the words the diagnostics use.</summary>
/// <param name="Words">What it is, after "looks like": "an email address".</param>
/// <param name="Hint">What to do instead.</param>
public sealed record PersonalDataKind(string Words, string Hint)
{
    public static readonly PersonalDataKind Email = new("an email address",
        "take the address out: the page never says how to reach the asker (the editor keeps that, not the site)");
    public static readonly PersonalDataKind Phone = new("a phone number", "take the number out: the page never says how to reach the asker");
    public static readonly PersonalDataKind Postcode = new("a postcode",
        "take it out, and keep where the asker lives to a town or region in `asker: { location: ... }`");
    public static readonly PersonalDataKind WebAddress = new("a web address",
        "take the link out, or say in words what it was (\"my training plan\"): a link can lead to the asker, and to pages nobody has checked");
    public static readonly PersonalDataKind Handle = new("a social media handle", "take it out: a handle leads straight to the asker");
}
