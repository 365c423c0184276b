using RunnersQA.Strings;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RunnersQA.Templates;

/// <summary>
/// <c>t</c> in templates: <c>{{ t 'nav.answers' }}</c> prints a word of the theme's strings in the site's language,
/// <c>{{ t 'answers.count' n }}</c> its form for the number n (with <c>{count}</c> filled), and a last argument that is an
/// object fills the other placeholders: <c>{{ t 'byline.all_by' n { name: e.name } }}</c>. What it returns is text, so it is escaped.
/// </summary>
internal sealed class StringsFunction(ThemeStrings strings) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count is < 1 or > 3 || arguments[0] is not string key)
            throw new ScriptRuntimeException(span, "`t` takes a key in quotes, then optionally a number and an object of values: t 'answers.count' n { name: e.name }");
        long? count = null;
        var values = new List<(string, object?)>();
        foreach (var argument in arguments.Skip(1))
        {
            switch (argument)
            {
                case int or long or double or decimal: count = Convert.ToInt64(argument, System.Globalization.CultureInfo.InvariantCulture); break;
                case ScriptObject named: values.AddRange(named.Select(kv => (kv.Key, (object?)kv.Value))); break;
                case null: break; // an argument left out
                default: throw new ScriptRuntimeException(span, $"`t '{key}'` takes a number and an object of values, not {argument.GetType().Name}");
            }
        }
        if (!strings.Has(key)) throw new ScriptRuntimeException(span, $"the theme's strings have no '{key}' (add it to i18n/en.yml)");
        return count is { } n ? strings.Count(key, n, [.. values]) : strings.Text(key, [.. values]);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 3;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "key" : index == 1 ? "count" : "values");
}
