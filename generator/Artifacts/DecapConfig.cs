using System.Globalization;
using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Model;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Artifacts;

/// <summary>
/// The editor's config.yml, made from the field declarations (<see cref="AnswerFields"/>, <see cref="ExpertFields"/>,
/// the site's taxonomies) so that every rule a form can express (required, lengths, patterns, counts, choices, the
/// terms of each taxonomy, the experts) is the rule <c>check</c> applies, and no form is kept by hand.
/// </summary>
public static class DecapConfig
{
    public static string Yaml(Site site)
    {
        var config = site.Config;
        var cms = config.Cms!;
        var repository = config.Repository!;
        var backend = Map(("name", cms.Backend), ("repo", RepoPath(repository)), ("branch", repository.Branch));
        if (cms.OpenAuthoring) backend.Add("open_authoring", Scalar(true));
        if (cms.AuthUrl is { } auth) backend.Add("base_url", auth);

        var root = Map(("backend", backend));
        if (cms.EditorialWorkflow) root.Add("publish_mode", "editorial_workflow");
        root.Add("local_backend", Map(("url", $"http://localhost:{cms.LocalPort.ToString(CultureInfo.InvariantCulture)}/api/v1")));
        root.Add("site_url", config.BaseUrl.AbsoluteUri);
        // Decap asks for a site-wide media folder; each collection puts its files beside its entries instead.
        root.Add("media_folder", $"{repository.Folder}/answers");
        root.Add("public_folder", "");
        // An optional field left empty is left out, as an author writing by hand would: `updated: ""` is no date.
        root.Add("omit_empty_optional_fields", Scalar(true));
        root.Add("collections", new YamlSequenceNode(Answers(site, repository), Experts(repository)));

        var stream = new YamlStream(new YamlDocument(root));
        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return "# Made by the build from the content declarations (generator/Content/Fields); edits here are overwritten.\n"
            + writer.ToString().Replace("...\n", "", StringComparison.Ordinal);
    }

    private static string RepoPath(SourceRepository repository) => new Uri(repository.Url).AbsolutePath.Trim('/');

    private static YamlMappingNode Answers(Site site, SourceRepository repository)
    {
        var fields = new YamlSequenceNode();
        foreach (var field in AnswerFields.All)
        {
            fields.Add(Widget(field, site));
            // Each other taxonomy's field comes after tags, as in the docs.
            if (field == AnswerFields.Tags)
                foreach (var definition in site.Config.Taxonomies) fields.Add(Widget(definition.Field, site));
        }
        fields.Add(Map(("label", "Answer"), ("name", "body"), ("widget", "markdown"),
            ("hint", "Start with the short answer, then explain, then say what to do. Use ## for headings.")));
        return Map(("name", "answers"), ("label", "Answers"), ("label_singular", "Answer"),
            ("description", AnswerFields.Document.Description), ("folder", $"{repository.Folder}/answers"), ("path", "{{year}}/{{slug}}"),
            ("slug", "{{slug}}"), ("identifier_field", AnswerFields.Title.Name), ("summary", "{{title}} ({{date}})"), ("create", Scalar(true)),
            ("extension", "md"), ("format", "frontmatter"), ("media_folder", ""), ("public_folder", ""),
            ("sortable_fields", new YamlSequenceNode(new YamlScalarNode(AnswerFields.Date.Name), new YamlScalarNode(AnswerFields.Title.Name))),
            ("fields", fields));
    }

    private static YamlMappingNode Experts(SourceRepository repository)
    {
        var fields = new YamlSequenceNode();
        // A map with keys of the author's choosing (links) has no widget: it is edited in the file.
        foreach (var field in ExpertFields.All.Where(f => f.Type != FieldType.Map)) fields.Add(Widget(field, null));
        fields.Add(Map(("label", "Biography"), ("name", "body"), ("widget", "markdown"), ("hint", "A short biography in the third person.")));
        return Map(("name", "experts"), ("label", "Experts"), ("label_singular", "Expert"), ("description", ExpertFields.Document.Description),
            ("folder", $"{repository.Folder}/experts"), ("slug", "{{slug}}"), ("identifier_field", ExpertFields.Name.Name), ("create", Scalar(true)),
            ("extension", "md"), ("format", "frontmatter"), ("media_folder", ""), ("public_folder", ""), ("fields", fields));
    }

    /// <summary>One field's widget, with each of its rules a form can hold.</summary>
    public static YamlMappingNode Widget(Field field, Site? site)
    {
        var node = Map(("label", field.Title), ("name", field.Name));
        var terms = site?.Taxonomies.FirstOrDefault(t => t.Taxonomy.Key == field.Name)?.Terms;
        switch (field.Type)
        {
            case FieldType.List when terms is not null:
                node.Add("widget", "select");
                node.Add("multiple", Scalar(true));
                node.Add("options", new YamlSequenceNode(terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                    .Select(t => (YamlNode)Map(("label", t.Name), ("value", t.Id)))));
                Counts(node, field);
                break;
            case FieldType.List when field.Item is { Type: FieldType.Object, Fields: { } items }:
                node.Add("widget", "list");
                node.Add("label_singular", field.Item.Title);
                node.Add("summary", $"{{{{fields.{items[0].Name}}}}}");
                node.Add("collapsed", Scalar(false));
                // Without it Decap starts the list with one empty item, which a required field inside then refuses.
                node.Add("default", new YamlSequenceNode());
                node.Add("fields", new YamlSequenceNode(items.Select(f => (YamlNode)Widget(f, site))));
                Counts(node, field);
                break;
            case FieldType.List:
                node.Add("widget", "list");
                node.Add("field", Widget(field.Item!, site));
                Counts(node, field);
                break;
            case FieldType.Object:
                node.Add("widget", "object");
                node.Add("fields", new YamlSequenceNode(field.Fields!.Select(f => (YamlNode)Widget(f, site))));
                break;
            case FieldType.Date:
                node.Add("widget", "datetime");
                node.Add("format", "YYYY-MM-DD");
                node.Add("date_format", "YYYY-MM-DD");
                node.Add("time_format", Scalar(false));
                // Decap leaves a date empty unless told; a required one starts as today, as `new answer` does.
                if (field.Required) node.Add("default", "{{now}}");
                break;
            case FieldType.Boolean:
                node.Add("widget", "boolean");
                if (field.Default is { } on) node.Add("default", Scalar(on == "true"));
                break;
            case FieldType.Integer:
                node.Add("widget", "number");
                node.Add("value_type", "int");
                if (field.Minimum is { } least) node.Add("min", Scalar(least));
                break;
            case FieldType.Markdown:
                node.Add("widget", "markdown");
                break;
            case FieldType.Text when field.References is { } collection:
                node.Add("widget", "relation");
                node.Add("collection", collection);
                node.Add("value_field", "{{slug}}");
                node.Add("search_fields", new YamlSequenceNode(new YamlScalarNode(ExpertFields.Name.Name)));
                node.Add("display_fields", new YamlSequenceNode(new YamlScalarNode(ExpertFields.Name.Name)));
                break;
            case FieldType.Text when field.NamesFile:
                node.Add("widget", "image");
                node.Add("choose_url", Scalar(false));
                break;
            case FieldType.Text when field.Choices.Count > 0:
                node.Add("widget", "select");
                node.Add("options", new YamlSequenceNode(field.Choices.Select(c => (YamlNode)new YamlScalarNode(c))));
                if (field.Default is { } choice) node.Add("default", choice);
                break;
            default:
                node.Add("widget", "string");
                if (Pattern(field) is { } pattern) node.Add("pattern", new YamlSequenceNode(new YamlScalarNode(pattern.Expression), new YamlScalarNode(pattern.Meaning)));
                break;
        }
        node.Add("required", Scalar(field.Required));
        node.Add("hint", FieldRules.Explain(field));
        return node;
    }

    /// <summary>A text's pattern, or its lengths as one (a form has no length rule of its own).</summary>
    public static TextPattern? Pattern(Field field) => (field.Pattern, field.MinLength, field.MaxLength) switch
    {
        ({ } pattern, _, _) => pattern,
        (null, { } min, { } max) => new($"^[\\s\\S]{{{min},{max}}}$", $"{min} to {max} characters"),
        (null, null, { } max) => new($"^[\\s\\S]{{0,{max}}}$", $"at most {max} characters"),
        _ => null,
    };

    private static void Counts(YamlMappingNode node, Field field)
    {
        if (field.MinItems is { } fewest) node.Add("min", Scalar(fewest));
        if (field.MaxItems < InputLimits.ListItems) node.Add("max", Scalar(field.MaxItems));
    }

    private static YamlScalarNode Scalar(bool value) => new(value ? "true" : "false");

    private static YamlScalarNode Scalar(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    private static YamlMappingNode Map(params (string Key, YamlNode Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries) map.Add(key, value);
        return map;
    }

    private static YamlMappingNode Map(params (string Key, string Value)[] entries) =>
        Map([.. entries.Select(e => (e.Key, (YamlNode)new YamlScalarNode(e.Value) { Style = Quoted(e.Value) }))]);

    /// <summary>Texts that YAML would read as something else (a number, a boolean, empty) are quoted.</summary>
    private static YamlDotNet.Core.ScalarStyle Quoted(string text) =>
        text.Length == 0 || text.Contains("{{", StringComparison.Ordinal) ? YamlDotNet.Core.ScalarStyle.DoubleQuoted : YamlDotNet.Core.ScalarStyle.Any;
}
