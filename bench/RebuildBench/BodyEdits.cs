namespace RunnersQA.Bench;

/// <summary>
/// Edits as an expert makes them while previewing: a sentence added at the end of one answer's body, each
/// time in another answer, spread over the corpus so that no cache of one file flatters the figures.
/// </summary>
public sealed class BodyEdits(IReadOnlyList<string> answers)
{
    public const int WarmUp = 3;

    private int _count;

    /// <summary>Makes the next edit and returns the file it changed.</summary>
    public string Next()
    {
        var file = answers[(int)((long)_count * 7919 % answers.Count)];
        _count++;
        File.AppendAllText(file, $"\nA closing thought added while previewing, edit {_count}.\n");
        return file;
    }
}
