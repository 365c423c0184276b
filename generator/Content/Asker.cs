namespace RunnersQA.Content;

/// <summary>The reader who asked; the location is optional.</summary>
public sealed record Asker(string Name, string? Location)
{
    public static readonly Asker Anonymous = new("Anonymous", null);
}
