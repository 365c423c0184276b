using System.Text;

namespace RunnersQA.Content.Fields;

/// <summary>A content file's fields as a Markdown table for the docs: name, required or not, and what it holds with its rules.</summary>
public static class FieldTable
{
    public static string Text(Field document)
    {
        var table = new StringBuilder("| field | required | what it holds |\n|---|---|---|\n");
        foreach (var field in ContentDocuments.TableFields(document))
            table.Append($"| `{field.Name}` | {(field.Required ? "yes" : "no")} | {Cell(FieldRules.Explain(field))} |\n");
        return table.ToString();
    }

    /// <summary>A pipe ends a cell even inside a code span, so it is escaped.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|");
}
