using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// Unless site.yml says <c>asker_names: full</c>, an asker is shown by first name alone: a name of more than one
/// word is refused (a hyphenated or apostrophe name, "Mary-Jane", "O'Neill", is one word).
/// </summary>
public sealed class AskerFullName : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        if (content.Site.FullAskerNames) return;
        foreach (var answer in content.Answers)
        {
            if (answer.Fields.Object(AnswerFields.Asker)?.Text(AnswerFields.AskerName) is not { } name) continue;
            var words = name.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            bag.Error(name.Location, DiagnosticCode.PersonalData,
                $"the asker's name '{name.Value}' is more than a first name, and this site shows askers by first name only",
                $"write only their first name, `{AnswerFields.AskerName.Name}: {words[0]}`, or set `{SiteFields.AskerNames.Name}: full` in site.yml if every asker agrees to their full name being published");
        }
    }
}
