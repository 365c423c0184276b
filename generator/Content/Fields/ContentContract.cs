using System.Text.RegularExpressions;

namespace RunnersQA.Content.Fields;

/// <summary>
/// The files made from the declarations: the JSON Schemas in schemas/, and the field tables in the docs between
/// <c>&lt;!-- fields: answer --&gt;</c> and <c>&lt;!-- /fields --&gt;</c>. <c>tools/Schemas</c> writes them; a test
/// keeps the committed ones equal to them.
/// </summary>
public static partial class ContentContract
{
    public const string Command = "dotnet run --project tools/Schemas";

    /// <summary>The docs that hold generated tables, from the repository's root.</summary>
    public static IReadOnlyList<string> Docs { get; } = ["docs/content-format.md", "CONTRIBUTING.md"];

    /// <summary>Each generated file's path from the repository's root, and the text it should hold.</summary>
    /// <param name="committed">The text of a doc as it stands, by its path (the generator itself reads files only through a listing).</param>
    public static IReadOnlyList<(string Path, string Text)> Files(Func<string, string> committed) =>
    [
        .. ContentDocuments.All.Select(d => ("schemas/" + FieldSchema.FileName(d), FieldSchema.Text(d))),
        .. Docs.Select(doc => (doc, WithTables(committed(doc).ReplaceLineEndings("\n")))),
    ];

    /// <summary>The text with each marked table made anew from its document's declaration.</summary>
    public static string WithTables(string text) => MarkedTable().Replace(text, match =>
    {
        var name = match.Groups["name"].Value;
        var document = ContentDocuments.Tabled.FirstOrDefault(d => d.Name == name)
            ?? throw new InvalidOperationException($"no content file is called '{name}' (marker `<!-- fields: {name} -->`)");
        return match.Groups["open"].Value + FieldTable.Text(document) + match.Groups["close"].Value;
    });

    [GeneratedRegex(@"(?<open><!-- fields: (?<name>[a-z]+) [^>]*-->\n).*?(?<close><!-- /fields -->)", RegexOptions.Singleline)]
    private static partial Regex MarkedTable();
}
