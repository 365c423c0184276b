namespace RunnersQA.Bench;

/// <summary>The two searches compared on the same built site.</summary>
public enum SearchEngine
{
    /// <summary>Ours: the index under search/ and the theme's search.js.</summary>
    Ours,

    /// <summary>Pagefind, pinned in bench/package.json, indexing the same pages into pagefind/.</summary>
    Pagefind,
}
