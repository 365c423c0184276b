using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Content;

/// <summary>
/// Reads <c>synonyms.yml</c>: a list of groups of words or phrases a reader may use for the same thing
/// (<c>- [ITB, iliotibial band, IT band]</c>). Search files an answer that uses one under all the others.
/// </summary>
public static class SynonymLoader
{
    private const string Example = "- [DOMS, delayed onset muscle soreness]";

    /// <returns>The groups in file order, each with two or more entries; none when the site has no synonyms.yml.</returns>
    public static ValueList<ValueList<string>> Load(InputFolder input, FileListing files, DiagnosticBag bag)
    {
        if (!files.Contains(input.SynonymsPath)) return [];
        var path = input.Display(input.SynonymsPath);
        if (files.ReadText(input.SynonymsPath, bag) is not { } text) return [];
        var stream = new YamlStream();
        var parser = new DepthLimitedParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (DepthLimitedParser.TooDeepException e)
        {
            bag.Error(new SourceLocation(path, (int)e.Start.Line, (int)Math.Max(1, e.Start.Column)), DiagnosticCode.OverLimit,
                $"lists are nested more than {InputLimits.YamlNesting} deep here", $"each group is one list of words, as `{Example}`");
            return [];
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            var mistake = YamlMistake.Explain(text, 1, e, parser.Current?.Start);
            bag.Error(new SourceLocation(path, mistake.Line, mistake.Column), DiagnosticCode.MalformedYaml, mistake.Message, mistake.Hint);
            return [];
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return [];

        SourceLocation At(YamlNode node) => new(path, (int)node.Start.Line, (int)node.Start.Column);
        if (stream.Documents[0].RootNode is not YamlSequenceNode groups)
        {
            bag.Error(At(stream.Documents[0].RootNode), DiagnosticCode.WrongType, "synonyms.yml must be a list of groups of words",
                $"write one group per line, each a list in square brackets after a dash: `{Example}`");
            return [];
        }
        var result = new List<ValueList<string>>();
        foreach (var group in groups)
        {
            if (group is not YamlSequenceNode entries)
            {
                bag.Error(At(group), DiagnosticCode.WrongType, "this group is not a list of words",
                    $"put the words that mean the same in square brackets, separated by commas: `{Example}`");
                continue;
            }
            var words = new List<string>();
            foreach (var entry in entries)
            {
                if (entry is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
                {
                    if (TextAnalyzerWords(value) == 0)
                        bag.Warning(At(entry), DiagnosticCode.InvalidValue, $"'{value}' has no word search can use (only common words like 'the', or no letters)",
                            "write the word or phrase readers search for, or take it out");
                    else if (!words.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase)) words.Add(value.Trim());
                }
                else
                {
                    bag.Error(At(entry), DiagnosticCode.WrongType, "each entry of a group is a word or phrase",
                        $"write plain words, separated by commas: `{Example}`");
                }
            }
            if (words.Count >= 2) result.Add(words.ToValueList());
            else
                bag.Warning(At(group), DiagnosticCode.InvalidValue, "a group needs two or more words that mean the same, or it changes nothing",
                    $"add the other words readers use for it: `{Example}`");
        }
        return result.ToValueList();
    }

    private static int TextAnalyzerWords(string text) => Search.TextAnalyzer.Analyze(text).Count;
}
