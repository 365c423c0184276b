using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>Every image needs alt text, for readers who cannot see it and for when it does not load.</summary>
public sealed class ImageWithoutAlt : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var texts = content.Answers.SelectMany(a => new[] { a.Question, a.Body }).Concat(content.Experts.Select(e => e.Bio));
        foreach (var image in texts.SelectMany(t => t.Images).Where(i => i.Value.Length == 0))
            bag.Error(image.Location, DiagnosticCode.ImageWithoutAlt, "the image has no alt text",
                "say what the image shows between the brackets: `![Runner stretching a calf against a wall](calf.jpg)`");
    }
}
