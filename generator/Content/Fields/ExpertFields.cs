namespace RunnersQA.Content.Fields;

/// <summary>The front matter of an expert, <c>experts/&lt;id&gt;.md</c>; the bio follows it in Markdown.</summary>
public static class ExpertFields
{
    public static readonly Field Name = new("name", FieldType.Text, "Name", "The expert's name as readers see it, with any title.")
    {
        Required = true, Examples = ["Rachel Moss", "Dr Priya Nair"],
    };

    public static readonly Field Role = new("role", FieldType.Text, "Role", "What the expert does, in a few words, shown under their name.")
    {
        Required = true, Examples = ["Head coach", "Chartered physiotherapist"],
    };

    public static readonly Field Credentials = new("credentials", FieldType.List, "Credentials", "Qualifications and memberships, one per item.")
    {
        Item = new("credential", FieldType.Text, "Credential", "One qualification or membership.") { Examples = ["MSc Sport Science"] },
        Examples = ["[MSc Sport Science, UK Athletics Level 3 Endurance Coach]"],
    };

    public static readonly Field Photo = new("photo", FieldType.Text, "Photo",
        "The file name of a photo kept beside this file in input/experts/ (a real file, not a link): JPEG, PNG, GIF, WebP, AVIF, or an SVG without scripts.")
    {
        NamesFile = true, Examples = ["rachel-moss.jpg"],
    };

    public static readonly Field Links = new("links", FieldType.Map, "Links", "The expert's pages elsewhere, as `name: address` pairs.")
    {
        Item = new("link", FieldType.Text, "Link", "One of the expert's pages.")
        {
            Pattern = TextPattern.WebAddress, Examples = ["https://example.org/coaches/rachel-moss"],
        },
        Examples = ["{ website: https://example.org/coaches/rachel-moss, twitter: https://twitter.com/rachelmoss }"],
    };

    public static readonly Field Disclosures = new("disclosures", FieldType.List, "Disclosures",
        "Sponsorships, paid work and other interests readers should know of, one per item: shown on the expert's page and under the byline of each of their answers.")
    {
        Item = new("disclosure", FieldType.Text, "Disclosure", "One interest, in a sentence.")
        {
            MinLength = 5, MaxLength = 300, Examples = ["Paid ambassador for Stride Footwear since 2024."],
        },
        Examples = ["[Paid ambassador for Stride Footwear since 2024.]"],
    };

    public static readonly Field RegistrationBody = new("body", FieldType.Text, "Register", "The professional body or regulator that keeps the register.")
    {
        Required = true, Examples = ["Health and Care Professions Council"],
    };

    public static readonly Field RegistrationNumber = new("number", FieldType.Text, "Registration number", "The expert's number on that register.")
    {
        Required = true, MaxLength = 40, Examples = ["PH98765"],
    };

    public static readonly Field RegistrationUrl = new("url", FieldType.Text, "Register entry", "The public register's page for this expert, where readers can check it.")
    {
        Pattern = TextPattern.WebAddress, Examples = ["https://example.org/register/PH98765"],
    };

    public static readonly Field Registration = new("registration", FieldType.Object, "Professional registration",
        "A regulated professional's registration (a physiotherapist's or dietitian's), shown with a link to the public register.")
    {
        Fields = new(RegistrationBody, RegistrationNumber, RegistrationUrl),
    };

    public static readonly FieldSet All = new(Name, Role, Credentials, Registration, Disclosures, Photo, Links);

    public static readonly Field Document = new("expert", FieldType.Object, "RunnersQA expert",
        "The front matter of one expert, input/experts/<id>.md. The file name is the id that answers name in `expert:`; the bio follows the front matter in Markdown.")
    {
        Fields = All,
    };
}
