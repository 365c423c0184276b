namespace RunnersQA.Content.Files;

/// <summary>What a read file is for: its size limit, and how the message names it and says to fix a file that is too large.</summary>
public sealed record FileKind(string Name, int MaxBytes, string Hint)
{
    public static FileKind Text { get; } = new("text files", InputLimits.TextFileBytes,
        "split it into smaller files, or move long tables and pasted material out of it");

    public static FileKind Photo { get; } = new("photos", InputLimits.MediaFileBytes, "make the photo smaller (800 px wide is plenty)");

    public static FileKind ThemeAsset { get; } = new("theme assets", InputLimits.MediaFileBytes, "make the file smaller, or serve it from elsewhere");
}
