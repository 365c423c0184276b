using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RunnersQA.Templates;

/// <summary>
/// A Scriban context that escapes every string a template prints, unless it is an <see cref="HtmlString"/>,
/// and serves <c>include</c> from the templates parsed once in the <see cref="TemplateSet"/>.
/// Escaping by default means a template cannot forget it.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    private readonly TemplateSet _templates;

    public EscapingTemplateContext(TemplateSet templates, RunnersQA.Strings.ThemeStrings strings)
    {
        _templates = templates;
        // Bounded, so that a theme override's endless loop is an error and not a hung build.
        LoopLimit = InputLimits.TemplateLoopIterations;
        TemplateLoader = new NameLoader();
        BuiltinObject.SetValue("include", new TrustedInclude((IScriptCustomFunction)BuiltinObject["include"]!), true);
        BuiltinObject.SetValue("t", new StringsFunction(strings), true);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        HtmlString html => base.Write(span, html.Value),
        string text => base.Write(span, WebUtility.HtmlEncode(text)),
        null => this,
        _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _templates.Find(templatePath) ?? throw new ScriptRuntimeException(callerContext?.Span ?? default, $"no template '{templatePath}' in the theme");

    /// <summary>Names are theme-relative paths; the templates themselves come from the set.</summary>
    private sealed class NameLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;
        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => null;
        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(null);
    }

    /// <summary>What an included template printed is already escaped: mark it trusted so it is not escaped twice.</summary>
    private sealed class TrustedInclude(IScriptCustomFunction inner) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new HtmlString(inner.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new HtmlString(await inner.InvokeAsync(context, callerContext, arguments, blockStatement) as string ?? "");

        public int RequiredParameterCount => inner.RequiredParameterCount;
        public int ParameterCount => inner.ParameterCount;
        public ScriptVarParamKind VarParamKind => inner.VarParamKind;
        public Type ReturnType => typeof(object);
        public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);
    }
}
