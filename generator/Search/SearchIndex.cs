using RunnersQA.Publishing;

namespace RunnersQA.Search;

/// <summary>The search index's files, and the site path of the manifest that pages name in <c>data-manifest</c>.</summary>
/// <param name="ManifestPath">Relative to the site root, like every output path: always <see cref="SearchIndexer.ManifestPath"/>.</param>
public sealed record SearchIndex(IReadOnlyList<OutputFile> Files, string ManifestPath);
