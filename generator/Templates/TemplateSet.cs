using RunnersQA.Content;
using RunnersQA.Diagnostics;
using Scriban;

namespace RunnersQA.Templates;

/// <summary>Every template of the theme, parsed once per build and shared by all rendering threads.</summary>
public sealed class TemplateSet
{
    public const string Layout = "layouts/base.html";

    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, string> _displayPaths;
    private readonly Dictionary<string, string> _sources;

    private TemplateSet(Dictionary<string, Template> templates, Dictionary<string, string> displayPaths, Dictionary<string, string> sources)
    {
        _templates = templates;
        _displayPaths = displayPaths;
        _sources = sources;
    }

    public static TemplateSet Load(ThemeFiles theme, InputFolder input, IEnumerable<string> required, DiagnosticBag bag)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var displayPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, full) in theme.Under("templates"))
        {
            var display = input.Display(full);
            if (theme.ReadText(full, bag) is not { } source) continue; // reported
            var template = Template.Parse(source, display);
            foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                bag.Error(new SourceLocation(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                    DiagnosticCode.InvalidTemplate, $"template error: {message.Message}", "fix the Scriban syntax at this place in the template");
            templates[name] = template;
            displayPaths[name] = display;
            sources[name] = source;
        }
        foreach (var name in required.Append(Layout).Distinct().Where(n => !templates.ContainsKey(n)))
            bag.Error(SourceLocation.StartOf(input.Display(Path.Combine(theme.ThemeRoot, "templates", name))), DiagnosticCode.InvalidTemplate,
                $"the theme has no template '{name}'", $"add templates/{name} to the theme, or to input/theme/ to override it");
        return new TemplateSet(templates, displayPaths, sources);
    }

    /// <summary>Whether both sets were parsed from the same files with the same text: then they render alike.</summary>
    public bool SameSourcesAs(TemplateSet other) =>
        _sources.Count == other._sources.Count && _sources.All(s => other._sources.TryGetValue(s.Key, out var text) && text == s.Value);

    public Template? Find(string name) => _templates.GetValueOrDefault(name);

    public string DisplayPath(string name) => _displayPaths.GetValueOrDefault(name, name);
}
