using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>When the site declares its tags in tags.yml, answers may use only those.</summary>
public sealed class UnknownTag : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        if (!content.TagsDeclared) return;
        foreach (var tag in content.Answers.SelectMany(a => a.Tags))
        {
            if (content.Tags.ContainsKey(tag.Value)) continue;
            var nearest = NearestName.Find(tag.Value, content.Tags.Keys);
            bag.Error(tag.Location, DiagnosticCode.UnknownTag, $"tag '{tag.Value}' is not in tags.yml",
                nearest is null
                    ? $"use a tag from {content.Input.Display(content.Input.TagsPath)}, or add '{tag.Value}' there with a name and description"
                    : $"did you mean '{nearest}'? Otherwise add '{tag.Value}' to tags.yml");
        }
    }
}
