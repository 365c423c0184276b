namespace RunnersQA.Model;

/// <summary>
/// What the model stage may reuse, each by the value it is made from: terms and experts by their own value (an
/// equal record is handed back as the very object made before, so later comparisons stop at the reference),
/// answers by <see cref="AnswerInputs"/>, and related answers by the tags at each position.
/// </summary>
public sealed record ModelMemo(IMemo<Term, Term> Terms, IMemo<Expert, Expert> Experts, IMemo<AnswerInputs, Answer> Answers, IMemo<string, int[][]> Related);
