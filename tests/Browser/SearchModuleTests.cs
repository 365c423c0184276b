using Microsoft.Playwright;
using RunnersQA.Search;
using RunnersQA.Tests.Search;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Browser;

/// <summary>
/// The published (minified) search module, run in Chromium: it analyses text exactly as the generator does
/// (otherwise a query's terms would miss the index's), and queries shards as docs/search.md says.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchModuleTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    private static readonly string[] Awkward =
    [
        "CAFÉ naïve Zürich", "runner's Achilles\u2019 tendon", "doesn't, don't, I'm", "10k-race: 5 km (2x400m) knee_pain",
        "\uFB01t ｒｕｎ", "Übungen für Läufer", "generalizations relational conditional ponies caresses",
    ];

    [Fact]
    public async Task Every_text_of_the_sample_gives_the_same_words_and_stems()
    {
        var site = IndexFiles.LoadSite(browser.Site.Input);
        var texts = site.Answers.SelectMany(a => new[] { a.Title, a.PlainText }).Concat(site.Experts.Select(e => e.Name)).Concat(Awkward).ToArray();
        var page = await OpenModuleAsync();

        var client = await page.EvaluateAsync<string[][]>(
            "([texts, stop]) => texts.map(t => window.searchModule.analyze(t, stop).map(x => x.word + ' ' + x.stem))",
            new object[] { texts, TextAnalyzer.StopWords.ToArray() });

        for (var i = 0; i < texts.Length; i++)
            Assert.Equal(TextAnalyzer.Analyze(texts[i]).Select(x => x.Word + " " + x.Stem), client[i]);
    }

    /// <summary>The module's stem on every lower-case a-z word of Porter's sample vocabulary gives Porter's output.</summary>
    [Fact]
    public async Task Every_word_of_Porters_vocabulary_stems_to_Porters_output()
    {
        var vocabulary = PorterVocabulary.Load();
        var page = await OpenModuleAsync();

        var stems = await page.EvaluateAsync<string[]>("words => words.map(w => window.searchModule.stem(w))", vocabulary.Words);

        vocabulary.AssertStems(stems, "search.js stem");
    }

    [Theory]
    [InlineData("hamstirng", "hamstring", true)] // two letters swapped
    [InlineData("hamsting", "hamstring", true)]  // one left out
    [InlineData("hamstrings", "hamstring", true)]
    [InlineData("hamxtring", "hamstring", true)]
    [InlineData("hmastirng", "hamstring", false)]
    [InlineData("stretch", "strength", false)]
    public async Task One_typo_is_near_and_two_are_not(string typed, string word, bool near)
    {
        var page = await OpenModuleAsync();
        Assert.Equal(near, await page.EvaluateAsync<bool>("([a, b]) => window.searchModule.near(a, b)", new object[] { typed, word }));
    }

    /// <summary>
    /// A term's entry in a v3 shard (docs/search.md): its count and its postings as one inline block (doc id gaps under
    /// 128, so each varint is one byte).
    /// </summary>
    private const string Entry = """
        const entry = pairs => [pairs.length, btoa(String.fromCharCode(...pairs.flatMap(([doc, score], i) => [doc - (i ? pairs[i - 1][0] : 0), score])))];
        """;

    [Theory]
    [InlineData("hamstirng")] // two letters swapped
    [InlineData("hamstrnig")]
    [InlineData("xamstring")] // the first letter wrong
    [InlineData("amstring")]  // the first letter left out
    [InlineData("hamstrinh")] // the last letter wrong
    [InlineData("hmastirng")] // two swaps in a long word
    public async Task A_typo_anywhere_in_the_word_finds_it_through_the_vocabulary(string typed)
    {
        var page = await OpenModuleAsync();
        var hits = await page.EvaluateAsync<int[]>($$"""
            async typed => {
              {{Entry}}
              const files = {
                'm.json': { stop: [], tags: [], group: 256, fragments: ['d/'], lists: [['', 'l.json']] },
                'l.json': [['', 'a.json'], ['hamstr', 'b.json'], ['~', 'c.json']],
                'a.json': { t: { calf: entry([[0, 100]]), hamper: entry([[2, 100]]) }, v: {} },
                'b.json': { t: { hamstr: entry([[1, 120]]) }, v: {} },
                'c.json': { t: {}, v: { '~pca04': 'calf', '~pha06': 'hamper', '~pha09': 'hamstring', '~pham09': 'hamstring', '~sing09': 'hamstring', '~sng09': 'hamstring', '~slf04': 'calf', '~ser06': 'hamper' } },
              };
              const index = window.searchModule.createIndex('https://example.org/search/m.json',
                async url => files[url.split('/').pop()]);
              return (await window.searchModule.search(index, typed)).hits.map(h => h.id);
            }
            """, typed);
        Assert.Equal([1], hits);
    }

    [Fact]
    public async Task Later_blocks_are_fetched_only_when_they_can_change_the_first_results()
    {
        var page = await OpenModuleAsync();
        // "run" in 300 docs: its best 2 inline, the rest in a block file whose postings score at most 10. "knee" in docs 50 and 60.
        var fetched = await page.EvaluateAsync<string[][]>($$"""
            async () => {
              {{Entry}}
              const bin = pairs => Uint8Array.from(pairs.flatMap(([doc, score], i) => { let d = doc - (i ? pairs[i - 1][0] : 0); const out = []; while (d >= 128) { out.push(d & 127 | 128); d >>= 7; } out.push(d, score); return out; }));
              const rest = Array.from({ length: 298 }, (_, i) => [i + 2, 10]);
              const files = {
                'm.json': { stop: [], tags: [], group: 256, fragments: ['d/'], lists: [['', 'l.json']] },
                'l.json': [['', 'a.json']],
                'a.json': { t: { knee: entry([[50, 90], [60, 80]]), run: [300, entry([[0, 200], [1, 190]])[1], ['b/rest.bin', 298, 10]] }, v: {} },
                'rest.bin': bin(rest),
              };
              const urls = [];
              const index = window.searchModule.createIndex('https://example.org/search/m.json', async (url, binary) => { urls.push(url.split('/').pop()); return files[url.split('/').pop()]; });
              const one = (await window.searchModule.search(index, 'run', { want: 2 })).hits.slice(0, 2).map(h => String(h.id));
              const before = urls.includes('rest.bin');
              // "run knee": docs 50 and 60 have both words, but their "run" postings are in the block file.
              const two = (await window.searchModule.search(index, 'run knee')).hits.slice(0, 2).map(h => String(h.id));
              return [one, [String(before)], two, [String(urls.includes('rest.bin'))]];
            }
            """);
        Assert.Equal(["0", "1"], fetched[0]);
        Assert.Equal(["false"], fetched[1]); // the two best are inline: the block is not needed
        Assert.Equal(["50", "60"], fetched[2]); // the answers with both words first
        Assert.Equal(["true"], fetched[3]);
    }

    [Fact]
    public async Task A_fragment_is_fetched_from_its_groups_folder()
    {
        var page = await OpenModuleAsync();
        var fetched = await page.EvaluateAsync<string[]>("""
            async () => {
              const urls = [];
              const index = window.searchModule.createIndex('https://example.org/search/manifest.json', async url => {
                urls.push(url);
                return url.endsWith('manifest.json') ? { stop: [], tags: [], lists: [], group: 2, fragments: ['d/aaa/', 'd/bbb/', 'd/ccc/'] } : {};
              });
              for (const id of [0, 1, 2, 3, 4]) await index.fragment(id);
              return urls.slice(1);
            }
            """);
        Assert.Equal(
            ["d/aaa/0.json", "d/aaa/1.json", "d/bbb/2.json", "d/bbb/3.json", "d/ccc/4.json"],
            fetched.Select(u => u["https://example.org/search/".Length..]));
    }

    /// <summary>A two-taxonomy index: docs 0-3, tags on 0, 1, 3, level "beginner" on 1, 2, 3; "knee" in 0, 1, 2.</summary>
    private const string TwoTaxonomies = Entry + """
        const files = {
          'm.json': { stop: [], group: 256, fragments: ['d/'], lists: [['', 'l.json']],
            taxonomies: [['tags', 'tag', '', '/tags/'], ['level', 'level', 'level:', '/levels/']],
            tags: [['knee-pain', 'Knee pain', 3]], level: [['beginner', 'Beginner', 3]] },
          'l.json': [['', 'a.json']],
          'a.json': { t: { '#knee-pain': entry([[0, 1], [1, 1], [3, 1]]), '#level:beginner': entry([[1, 1], [2, 1], [3, 1]]),
            knee: entry([[0, 200], [1, 150], [2, 100]]) }, v: {} },
        };
        const index = window.searchModule.createIndex('https://example.org/search/m.json', async url => files[url.split('/').pop()]);
        """;

    [Theory]
    [InlineData("knee", new string[0], new[] { 0, 1, 2 })]
    [InlineData("knee", new[] { "knee-pain" }, new[] { 0, 1 })]
    [InlineData("knee", new[] { "level:beginner" }, new[] { 1, 2 })]
    [InlineData("knee", new[] { "knee-pain", "level:beginner" }, new[] { 1 })]
    [InlineData("", new[] { "level:beginner" }, new[] { 1, 2, 3 })] // no words: every answer with the term, newest first
    [InlineData("", new[] { "knee-pain", "level:beginner" }, new[] { 1, 3 })]
    [InlineData("", new[] { "level:advanced" }, new int[0])]
    public async Task Filters_of_several_taxonomies_keep_only_answers_with_every_term(string query, string[] refs, int[] expected)
    {
        var page = await OpenModuleAsync();
        var hits = await page.EvaluateAsync<int[]>($$"""
            async ([query, refs]) => {
              {{TwoTaxonomies}}
              return (await window.searchModule.search(index, query, { refs })).hits.map(h => h.id);
            }
            """, new object[] { query, refs });
        Assert.Equal(expected, hits);
    }

    [Theory]
    [InlineData("knee-pain", "tags", "knee-pain", "Knee pain")]
    [InlineData("level:beginner", "level", "beginner", "Beginner")]
    [InlineData("level:advanced", null, null, null)] // not a term in use
    [InlineData("beginner", null, null, null)]       // a level's id is no tag
    public async Task A_term_ref_names_its_taxonomy_by_its_prefix(string reference, string? taxonomy, string? id, string? name)
    {
        var page = await OpenModuleAsync();
        var found = await page.EvaluateAsync<string[]?>($$"""
            async ref => {
              {{TwoTaxonomies}}
              const t = window.searchModule.termOf(await index.manifest(), ref);
              return t && [t.taxonomy.key, t.id, t.name];
            }
            """, reference);
        Assert.Equal(taxonomy is null ? null : new[] { taxonomy, id!, name! }, found);
    }

    /// <summary>A page with the site's published search module imported as window.searchModule.</summary>
    private async Task<IPage> OpenModuleAsync()
    {
        var (page, errors) = await browser.OpenAsync("");
        var script = new Uri(browser.Address, browser.Site.Built.Asset("search.js")).AbsoluteUri;
        await page.EvaluateAsync("async url => { window.searchModule = await import(url); }", script);
        Assert.Empty(errors);
        return page;
    }
}
