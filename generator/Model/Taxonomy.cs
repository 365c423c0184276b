namespace RunnersQA.Model;

/// <summary>
/// How a taxonomy is named and where its pages are, as site.yml declares it: what templates see as
/// <c>taxonomy</c> and what each of its terms points back to. Tags are the default taxonomy.
/// </summary>
/// <param name="Key">The answer's front-matter field and the search manifest's key for its terms ("tags").</param>
/// <param name="Term">One term's kind, in a word: its pages' kind and the search filter's parameter ("tag").</param>
/// <param name="Name">Its name as readers see it, plural ("Tags").</param>
/// <param name="TermName">One term's kind as readers see it ("Tag").</param>
/// <param name="RefPrefix">What a term's ref starts with in the search index: empty for the default, else the key and a colon.</param>
/// <param name="Path">Its folder relative to the site root ("tags/").</param>
/// <param name="Url">Its index page's site-relative URL ("/tags/").</param>
public sealed record Taxonomy(string Key, string Term, string Name, string TermName, string RefPrefix, string Path, string Url)
{
    /// <summary>A term's folder relative to the site root: "tags/knee-pain/".</summary>
    public string TermPath(string id) => $"{Path}{id}/";
}
