using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;

namespace RunnersQA.Tests.Deploy;

/// <summary>netlify.toml read with a TOML parser: the publish folder, each context's build command, the header rules.</summary>
internal sealed partial class NetlifyConfig
{
    private readonly TomlTable _model;

    private NetlifyConfig(TomlTable model, string repositoryRoot)
    {
        _model = model;
        RepositoryRoot = repositoryRoot;
        var rules = model.TryGetValue("headers", out var h) && h is TomlTableArray array ? array : [];
        Headers = [.. rules.Select(rule => new NetlifyHeaderRule(
                (string)rule["for"],
                (Table(rule, "values") ?? []).ToDictionary(kv => kv.Key, kv => ((string)kv.Value).Trim(), StringComparer.OrdinalIgnoreCase)))];
    }

    public string RepositoryRoot { get; }

    public IReadOnlyList<NetlifyHeaderRule> Headers { get; }

    public string? Publish => Table(_model, "build")?.TryGetValue("publish", out var p) == true ? (string)p : null;

    public static NetlifyConfig Load(string repositoryRoot) =>
        new(TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(repositoryRoot, "netlify.toml")))!, repositoryRoot);

    /// <summary>
    /// The command Netlify runs in a deploy context ("production", "deploy-preview", "branch-deploy"): the
    /// context's own command, else [build]'s. Null when neither has one.
    /// </summary>
    public string? Command(string context = "production")
    {
        var contextTable = Table(Table(_model, "context"), context);
        if (contextTable?.TryGetValue("command", out var own) == true) return (string)own;
        return Table(_model, "build")?.TryGetValue("command", out var build) == true ? (string)build : null;
    }

    /// <summary>
    /// What a command does, spelled out: when it runs a script of this repository ("bash tools/x.sh ARGS"),
    /// the script's commands with its "$@" replaced by ARGS; otherwise the command itself.
    /// </summary>
    public string Expand(string command)
    {
        var script = ScriptCall().Match(command.Trim());
        if (!script.Success) return command;
        var path = Path.Combine(RepositoryRoot, script.Groups["script"].Value);
        Assert.True(File.Exists(path), $"netlify.toml runs {script.Groups["script"].Value}, which is not in the repository");
        // Comment lines are left out: only what runs counts.
        var lines = File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith('#'));
        return string.Join('\n', lines).Replace("\"$@\"", script.Groups["args"].Value.Trim(), StringComparison.Ordinal);
    }

    /// <summary>The headers Netlify sends for a path: every matching rule in order, a later value replacing an earlier one.</summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Headers.Where(r => r.Matches(path)))
            foreach (var (name, value) in rule.Values)
                headers[name] = value;
        return headers;
    }

    private static TomlTable? Table(TomlTable? parent, string key) =>
        parent is not null && parent.TryGetValue(key, out var value) ? value as TomlTable : null;

    [GeneratedRegex(@"^(?:bash|sh)\s+(?<script>[\w./-]+\.sh)(?<args>(?:\s.*)?)$")]
    private static partial Regex ScriptCall();
}
