namespace RunnersQA.Markdown;

/// <summary>
/// What an image written with a relative path (<c>![…](calf-raise.jpg)</c>) is published as: its root-relative URL
/// and, when its file says, its size in pixels (so the page keeps its place for it while it loads).
/// </summary>
public sealed record LocalImage(string Url, int? Width, int? Height);
