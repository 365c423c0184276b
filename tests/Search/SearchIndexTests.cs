using RunnersQA.Model;
using RunnersQA.Search;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Search;

/// <summary>The index written for the sample site has the layout of docs/search.md.</summary>
public sealed class SearchIndexTests
{
    private static readonly Lazy<(Site Site, IndexFiles Index)> Sample = new(() =>
    {
        var site = IndexFiles.LoadSite(Repository.SampleInput);
        return (site, new IndexFiles(SearchIndexer.Make(site)));
    });

    private static Site Site => Sample.Value.Site;
    private static IndexFiles Index => Sample.Value.Index;

    [Fact]
    public void Every_file_is_under_search()
    {
        Assert.All(Index.Files.Keys, p => Assert.StartsWith("search/", p, StringComparison.Ordinal));
        Assert.Equal("search/manifest.json", Index.ManifestPath);
    }

    [Fact]
    public void Manifest_describes_the_site()
    {
        Assert.Equal(3, Index.Manifest.GetProperty("version").GetInt32());
        Assert.Equal(Index.Terms.Keys.Count(t => t[0] != '#'), Index.Manifest.GetProperty("terms").GetInt32());
        Assert.Equal(Site.Answers.Count, Index.Docs);
        Assert.True(Index.Docs > 0);
        var stop = Index.Manifest.GetProperty("stop").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(TextAnalyzer.StopWords.Order(StringComparer.Ordinal), stop);
        Assert.Equal(SearchIndexer.FragmentGroupSize, Index.FragmentGroup);
        Assert.Equal((Index.Docs + Index.FragmentGroup - 1) / Index.FragmentGroup, Index.FragmentFolders.Count);
        Assert.All(Index.FragmentFolders, f => Assert.Matches("^d/[0-9a-f]{10}/$", f));
    }

    [Fact]
    public void Manifest_tags_are_the_tags_in_use_with_their_counts_largest_first()
    {
        var facts = ContentFacts.Read(Repository.SampleInput);
        var tags = Index.Manifest.GetProperty("tags").EnumerateArray()
            .Select(t => (Id: t[0].GetString()!, Name: t[1].GetString()!, Count: t[2].GetInt32())).ToList();
        Assert.Equal(facts.TagCounts().OrderBy(kv => kv.Key, StringComparer.Ordinal), tags.Select(t => KeyValuePair.Create(t.Id, t.Count)).OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.All(tags, t => Assert.Equal(facts.Tag(t.Id).Name, t.Name));
        Assert.Equal(tags.Select(t => t.Count).OrderDescending(), tags.Select(t => t.Count));
    }

    [Fact]
    public void Shard_and_fragment_paths_carry_the_hash_of_their_content()
    {
        foreach (var (_, path) in Index.ShardPaths)
            Assert.Equal($"search/s/{IndexFiles.Hash(Index.Files[path])}.json", path);
        for (var group = 0; group < Index.FragmentFolders.Count; group++)
        {
            var ids = Enumerable.Range(group * Index.FragmentGroup, Math.Min(Index.FragmentGroup, Index.Docs - group * Index.FragmentGroup));
            var all = ids.SelectMany(i => Index.Files[Index.FragmentPath(i)].Concat("\n"u8.ToArray())).ToArray();
            Assert.Equal($"d/{IndexFiles.Hash(all)}/", Index.FragmentFolders[group]);
        }
    }

    [Fact]
    public void No_file_is_left_unnamed_by_the_manifest()
    {
        var named = Index.ShardPaths.Select(s => s.Path)
            .Concat(Index.ListPaths.Select(l => l.Path))
            .Concat(Index.BlockPaths)
            .Concat(Enumerable.Range(0, Index.Docs).Select(Index.FragmentPath))
            .Append(Index.ManifestPath);
        Assert.Equal(Index.Files.Keys.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Shards_are_consecutive_ranges_of_sorted_keys()
    {
        Assert.Equal("", Index.Shards[0].First);
        for (var i = 0; i < Index.Shards.Count; i++)
        {
            var (first, shard) = Index.Shards[i];
            var next = i + 1 < Index.Shards.Count ? Index.Shards[i + 1].First : null;
            // Terms first, then the vocabulary's typo keys, which sort after every term.
            var keys = shard.GetProperty("t").EnumerateObject().Select(t => t.Name)
                .Concat(shard.GetProperty("v").EnumerateObject().Select(w => w.Name)).ToList();
            Assert.NotEmpty(keys);
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
            Assert.All(shard.GetProperty("v").EnumerateObject(), v => Assert.StartsWith("~", v.Name));
            if (i > 0) Assert.Equal(first, keys[0]);
            foreach (var key in keys)
            {
                Assert.True(string.CompareOrdinal(key, first) >= 0, $"{key} sorts before its shard's first term {first}");
                Assert.True(next is null || string.CompareOrdinal(key, next) < 0, $"{key} belongs in the next shard, from {next}");
            }
        }
    }

    [Fact]
    public void The_sample_splits_into_a_few_shards_of_terms_and_smaller_ones_of_the_vocabulary()
    {
        var shards = Index.ShardPaths.Select(s => (Vocabulary: s.First.StartsWith('~'), Bytes: Index.Files[s.Path].Length)).ToList();
        var terms = shards.Where(s => !s.Vocabulary).Select(s => s.Bytes).ToList();
        var vocabulary = shards.Where(s => s.Vocabulary).Select(s => s.Bytes).ToList();
        Assert.InRange(terms.Count, 2, 10);
        Assert.InRange(vocabulary.Count, 2, 40);
        Assert.All(terms.SkipLast(1), b => Assert.InRange(b, ShardLayout.TargetBytes / 2, ShardLayout.TargetBytes));
        Assert.All(vocabulary.SkipLast(1), b => Assert.InRange(b, ShardLayout.VocabularyTargetBytes / 2, ShardLayout.VocabularyTargetBytes));
    }

    [Fact]
    public void The_manifest_names_lists_of_shards_each_named_by_its_content()
    {
        Assert.All(Index.ListPaths, l => Assert.Equal($"search/l/{IndexFiles.Hash(Index.Files[l.Path])}.json", l.Path));
        Assert.Equal("", Index.ListPaths[0].First);
        var perList = Index.ListPaths.Select(l => Index.Json(l.Path).GetArrayLength()).ToList();
        Assert.All(perList.SkipLast(1), n => Assert.Equal(SearchIndexer.ShardsPerList, n));
        Assert.Equal(Index.ShardPaths.Count, perList.Sum());
        // Each list starts where its first shard starts.
        var firsts = Index.ListPaths.Skip(1).Select(l => l.First);
        Assert.Equal(Index.ShardPaths.Where((_, i) => i > 0 && i % SearchIndexer.ShardsPerList == 0).Select(s => s.First), firsts);
    }

    [Fact]
    public void Postings_decode_to_ascending_unique_doc_ids_with_positive_scores()
    {
        foreach (var (term, postings) in Index.Terms)
        {
            Assert.NotEmpty(postings);
            for (var i = 0; i < postings.Length; i++)
            {
                Assert.InRange(postings[i].Doc, i == 0 ? 0 : postings[i - 1].Doc + 1, Index.Docs - 1);
                Assert.True(postings[i].Score >= 1, $"{term}: score {postings[i].Score}");
            }
        }
    }

    [Fact]
    public void Tag_terms_list_every_answer_with_the_tag()
    {
        foreach (var tag in Site.Tags)
        {
            var expected = Site.Answers.Select((a, i) => (a, i)).Where(x => x.a.Tags.Any(t => t.Id == tag.Id)).Select(x => x.i);
            Assert.Equal(expected, Index.Postings("#" + tag.Id).Select(p => p.Doc));
        }
    }

    [Fact]
    public void The_vocabulary_files_every_word_under_its_first_and_last_letters_with_its_length()
    {
        var keys = Index.TypoKeys;
        var words = Index.Words;
        Assert.Contains("knees", words.Keys);
        Assert.Contains("knee", words.Keys);
        Assert.Contains("knees", keys["~pkn05"]);
        Assert.Contains("knees", keys["~ses05"]);
        Assert.Contains("hamstrings", keys["~pham10"]); // three letters from seven letters on
        Assert.Contains("hamstrings", keys["~sngs10"]);
        Assert.Contains("hamstrings", keys["~pha10"]);  // and two, for lookups of two edits
        foreach (var (word, stem) in words)
        {
            Assert.InRange(word.Length, 3, 40);
            Assert.Contains(word, keys[$"~p{word[..2]}{word.Length:D2}"]);
            Assert.Contains(word, keys[$"~s{word[^2..]}{word.Length:D2}"]);
            if (word.Length >= 7)
            {
                Assert.Contains(word, keys[$"~p{word[..3]}{word.Length:D2}"]);
                Assert.Contains(word, keys[$"~s{word[^3..]}{word.Length:D2}"]);
            }
            Assert.True(Index.ShardFor(stem).GetProperty("t").TryGetProperty(stem, out _), $"{word}: stem {stem} is not in its shard");
        }
        // Each key's words most used first, then in ordinal order: uses counted here from each answer's own text.
        var uses = Site.Answers.SelectMany(a => TextAnalyzer.Analyze(string.Join(' ',
                [a.Title, a.Expert.Name, .. a.Taxonomies.SelectMany(t => t.Terms.SelectMany(term => new[] { term.Name, term.Id })), a.PlainText]))
                .Select(t => t.Word).Distinct())
            .GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (key, list) in keys)
            Assert.Equal(list.OrderByDescending(w => uses[w]).ThenBy(w => w, StringComparer.Ordinal), list);
        Assert.Equal(Index.Manifest.GetProperty("words").GetInt32(), words.Count);
    }

    [Fact]
    public void Every_word_of_a_title_is_findable()
    {
        for (var doc = 0; doc < Site.Answers.Count; doc++)
        {
            foreach (var (_, stem) in TextAnalyzer.Analyze(Site.Answers[doc].Title))
                Assert.Contains(Index.Postings(stem), p => p.Doc == doc);
        }
    }

    [Fact]
    public void Fragments_describe_each_answer()
    {
        for (var doc = 0; doc < Index.Docs; doc++)
        {
            var answer = Site.Answers[doc];
            var fragment = Index.Fragment(doc);
            Assert.Equal(answer.Url, fragment.GetProperty("u").GetString());
            Assert.Equal(answer.Title, fragment.GetProperty("t").GetString());
            Assert.Equal(answer.Expert.Name, fragment.GetProperty("e").GetString());
            Assert.Equal(answer.Published.Iso, fragment.GetProperty("d").GetString());
            Assert.Equal(answer.Tags.Select(t => t.Id), fragment.GetProperty("g").EnumerateArray().Select(g => g.GetString()!));
            var text = fragment.GetProperty("x").GetString()!;
            Assert.InRange(text.Length, 1, FragmentText.MaxLength);
            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
            Assert.StartsWith(string.Join(' ', answer.Summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Writing_twice_gives_byte_identical_files()
    {
        var again = SearchIndexer.Make(IndexFiles.LoadSite(Repository.SampleInput));
        Assert.Equal(Index.ManifestPath, again.ManifestPath);
        Assert.Equal(Index.Files.Count, again.Files.Count);
        foreach (var file in again.Files)
        {
            Assert.True(Index.Files.TryGetValue(file.Path, out var first), $"{file.Path} is new");
            Assert.True(first.AsSpan().SequenceEqual(file.Bytes.Span), $"{file.Path} differs");
        }
    }
}
