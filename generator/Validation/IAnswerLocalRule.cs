using RunnersQA.Content;

namespace RunnersQA.Validation;

/// <summary>
/// A rule whose findings about an answer depend on that answer's file alone (and on which slugs exist), so
/// a rebuild need not check an unchanged answer again. Run over a copy of the content holding only some
/// answers, it must report exactly their findings, plus whatever it finds in experts.
/// </summary>
public interface IAnswerLocalRule : IContentRule;
