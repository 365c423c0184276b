using RunnersQA.Content;

namespace RunnersQA.Scaffold;

/// <summary>
/// The comment that tells the YAML language server (VS Code and others) which JSON schema a front matter
/// follows, so authors get completion and checks as they type. The schemas live in <c>schemas/</c> beside
/// the input folder; the path is relative so the line stays right in every clone.
/// </summary>
public static class SchemaModeline
{
    public static string For(InputFolder input, string filePath, string schemaFileName)
    {
        var repository = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(input.Root)) ?? input.Root;
        var schema = Path.Combine(repository, "schemas", schemaFileName);
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(filePath))!, schema);
        return "# yaml-language-server: $schema=" + relative.Replace('\\', '/');
    }
}
