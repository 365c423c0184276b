using RunnersQA.Diagnostics;
namespace RunnersQA.Content;

/// <summary>An exercise, drill, plan or video the expert recommends.</summary>
public sealed record ExerciseEntry(string Title, Positioned<string> Url, string Kind, int? Minutes)
{
    public static readonly IReadOnlyList<string> Kinds = ["video", "article", "drill", "plan"];
}
