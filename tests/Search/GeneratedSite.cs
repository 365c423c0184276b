using System.Globalization;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Search;

/// <summary>Writes answers into a copy of the minimal fixture, for tests that need a corpus of their own.</summary>
internal static class GeneratedSite
{
    private static readonly DateOnly Start = new(2020, 1, 1);

    /// <summary>Adds an answer; a larger <paramref name="day"/> is newer.</summary>
    public static void AddAnswer(this TempSite site, string slug, int day, string title, string question, string body, string tags = "recovery")
    {
        var date = Start.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        site.WriteInput($"answers/gen/{slug}.md", $$"""
            ---
            title: {{title}}
            date: {{date}}
            question: |
              {{question}}
            asker: { name: Sam, location: Leeds }
            expert: rachel-moss
            tags: [{{tags}}]
            ---
            {{body}}
            """);
    }
}
