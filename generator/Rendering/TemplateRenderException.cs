namespace RunnersQA.Rendering;

/// <summary>A template failed while rendering a page; carries the template and position for the diagnostic.</summary>
public sealed class TemplateRenderException(string templatePath, int line, int column, string message, Exception inner)
    : Exception(message, inner)
{
    public string TemplatePath { get; } = templatePath;
    public int Line { get; } = line;
    public int Column { get; } = column;
}
