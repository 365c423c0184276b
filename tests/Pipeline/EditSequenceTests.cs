using System.Globalization;
using System.Text;
using CsCheck;
using RunnersQA.Pipeline;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pipeline;

/// <summary>
/// A property of a build session: whatever sequence of edits an author makes (answers added, changed and deleted;
/// tags, titles, bodies, drafts, aliases and dates; an expert, tags.yml and site.yml; a theme override template
/// and asset; edits that break the build and later ones that fix it), after each rebuild the served folder is
/// byte for byte what a clean build of the same input writes into a fresh folder, and after a failed one it is
/// as it was. Small sites in memory (/dev/shm where there is one). A failure prints the CsCheck seed that
/// remakes it (CsCheck_Seed=...); RUNNERSQA_EDIT_SEQUENCES sets how many sequences run.
/// </summary>
public sealed class EditSequenceTests
{
    public enum Kind
    {
        AddAnswer, DeleteAnswer, Body, LinkToAnswer, Title, Tags, Draft, Alias, Date, BreakAnswer, FixAnswers,
        ExpertRole, TagName, SiteTitle, Footer, BreakFooter, RemoveFooter, Stylesheet, RemoveStylesheet,
        ShowImage, ChangeImage, RemoveImage,
    }

    public sealed record Edit(Kind What, int Which, int Value)
    {
        public override string ToString() => $"{What}({Which}, {Value})";
    }

    private static readonly Gen<Edit[]> Edits =
        Gen.Select(Gen.Enum<Kind>(), Gen.Int[0, 1_000], Gen.Int[0, 1_000], (what, which, value) => new Edit(what, which, value)).Array[1, 8];

    [Fact]
    public void After_every_edit_the_served_folder_is_what_a_clean_build_writes()
    {
        var sequences = int.TryParse(Environment.GetEnvironmentVariable("RUNNERSQA_EDIT_SEQUENCES"), out var n) ? n : 10;
        var temp = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var root = Path.Combine(temp, "runnersqa-edits", Guid.NewGuid().ToString("N"));
        try
        {
            Edits.Sample(edits => Check(edits, Path.Combine(root, Guid.NewGuid().ToString("N"))),
                seed: Environment.GetEnvironmentVariable("CsCheck_Seed"), iter: sequences, threads: Environment.ProcessorCount,
                print: edits => string.Join("; ", edits.Select(e => e.ToString())));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static void Check(Edit[] edits, string folder)
    {
        var model = new SiteModel();
        var input = Path.Combine(folder, "input");
        var served = Path.Combine(folder, "served");
        var options = new BuildOptions(input, served, Theme: Repository.DefaultTheme);
        try
        {
            model.Write(input);
            var session = new BuildSession(options);
            Assert.True(session.Run().Succeeded, "the starting site does not build");
            for (var step = 0; step < edits.Length; step++)
            {
                model.Apply(edits[step]);
                model.Write(input);
                var before = FileTree.Take(served);

                var rebuilt = session.Run();
                var clean = Path.Combine(folder, $"clean-{step}");
                var fresh = SiteBuild.Run(options with { Output = clean });

                var at = $"after edit {step + 1} ({edits[step]}):\n";
                Assert.True(rebuilt.Succeeded == fresh.Succeeded, at + $"the rebuild {(rebuilt.Succeeded ? "succeeded" : "failed")} and a clean build did not:\n"
                    + string.Join("\n", rebuilt.Diagnostics.Concat(fresh.Diagnostics).Where(d => d.IsError).Select(Diagnostics.DiagnosticFormatter.Format)));
                if (rebuilt.Succeeded) AssertSameFiles(clean, served, at);
                else before.AssertUnchanged(served);
                if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertSameFiles(string expected, string actual, string at)
    {
        var want = FileTree.Take(expected);
        var have = FileTree.Take(actual);
        Assert.True(want.Files.Keys.SequenceEqual(have.Files.Keys),
            at + "files differ: only in the clean build " + string.Join(", ", want.Files.Keys.Except(have.Files.Keys))
            + "; only in the served folder " + string.Join(", ", have.Files.Keys.Except(want.Files.Keys)));
        var different = want.Files.Keys.Where(f => want.Files[f].Sha256 != have.Files[f].Sha256).ToList();
        Assert.True(different.Count == 0, at + "differ from a clean build: " + string.Join(", ", different));
        Assert.Equal(want.Directories, have.Directories);
    }

    /// <summary>The input as the author holds it in mind; written out after each edit, each file only when its text changed.</summary>
    private sealed class SiteModel
    {
        private static readonly string[] TagIds = ["knee-pain", "strength", "recovery", "nutrition"];
        private readonly Dictionary<string, string> _tagNames = new()
        {
            ["knee-pain"] = "Knee pain", ["strength"] = "Strength training", ["recovery"] = "Recovery", ["nutrition"] = "Nutrition",
        };
        private readonly List<AnswerModel> _answers = [.. Enumerable.Range(0, 4).Select(i => new AnswerModel($"a-{i}", i * 17, [TagIds[i % 4]]))];
        private readonly HashSet<string> _written = [];
        private int _next = 4;
        private string _siteTitle = "Property site";
        private string _role = "Running coach";
        private string? _footer;
        private bool _footerBroken;
        private string? _stylesheet;
        // Two images beside the answers of each year; a version changes their bytes, null is a deleted file.
        private readonly int?[] _images = [0, 0];

        public void Apply(Edit edit)
        {
            var answer = _answers.Count == 0 ? null : _answers[edit.Which % _answers.Count];
            var v = edit.Value;
            switch (edit.What)
            {
                case Kind.AddAnswer: _answers.Add(new AnswerModel($"a-{_next++}", v % 300, [TagIds[v % 4]])); break;
                case Kind.DeleteAnswer when answer is not null: _answers.Remove(answer); break;
                case Kind.Body when answer is not null: answer.Body = $"A body written {v} times over, about {TagIds[v % 4]}."; break;
                case Kind.LinkToAnswer when answer is not null: answer.Body = $"As said in [another answer](/answers/a-{v % (_next + 1)}/)."; break;
                case Kind.Title when answer is not null: answer.Title = $"How do I train for race {v} this season?"; break;
                case Kind.Tags when answer is not null: answer.Tags = [.. TagIds.Where((_, i) => ((v + 1) >> i & 1) == 1)]; break;
                case Kind.Draft when answer is not null: answer.Draft = !answer.Draft; break;
                case Kind.Alias when answer is not null: answer.Aliases = v % 3 == 0 ? [] : [$"/answers/old-{answer.Slug}-{v % 5}/"]; break;
                case Kind.Date when answer is not null: answer.Day = v % 300; break;
                case Kind.BreakAnswer when answer is not null: answer.Broken = true; break;
                case Kind.FixAnswers: foreach (var a in _answers) a.Broken = false; _footerBroken = false; _images[0] ??= 0; _images[1] ??= 0; break;
                case Kind.ShowImage when answer is not null: answer.Body = $"Try this drill.\n\n![A drill, step {v}](pic-{v % 2}.png)"; break;
                case Kind.ChangeImage: _images[v % 2] = v; break;
                case Kind.RemoveImage: _images[v % 2] = null; break;
                case Kind.ExpertRole: _role = $"Running coach, {v} marathons"; break;
                case Kind.TagName: _tagNames[TagIds[edit.Which % 4]] = $"Tag named {v}"; break;
                case Kind.SiteTitle: _siteTitle = $"Property site {v}"; break;
                case Kind.Footer: _footer = $"<footer><p>Footer {v} for {{{{ site.title }}}}</p></footer>\n"; break;
                case Kind.BreakFooter: _footerBroken = true; break;
                case Kind.RemoveFooter: _footer = null; _footerBroken = false; break;
                case Kind.Stylesheet: _stylesheet = $"body {{ color: #{v % 1000:000}; }}\n"; break;
                case Kind.RemoveStylesheet: _stylesheet = null; break;
            }
        }

        public void Write(string input)
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["site.yml"] = $"title: {_siteTitle}\ndescription: A site edited at random.\nbase_url: https://edits.example.org/\nlanguage: en-GB\ndisclaimer: General advice.\nper_page: 3\n",
                ["tags.yml"] = string.Concat(TagIds.Select(id => $"{id}:\n  name: {_tagNames[id]}\n")),
                ["experts/rachel-moss.md"] = $"---\nname: Rachel Moss\nrole: {_role}\n---\nRachel coaches runners of every level.\n",
            };
            foreach (var answer in _answers) files[$"answers/{2024 + answer.Day / 200}/{answer.Slug}.md"] = answer.Text();
            if (_footer is not null) files["theme/templates/partials/footer.html"] = _footerBroken ? "<footer>{{ for }}</footer>\n" : _footer;
            if (_stylesheet is not null) files["theme/assets/site.css"] = _stylesheet;

            var images = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            for (var i = 0; i < _images.Length; i++)
            {
                if (_images[i] is not { } version) continue;
                foreach (var year in new[] { 2024, 2025 }) images[$"answers/{year}/pic-{i}.png"] = Png(1 + version % 40, 1 + i);
            }
            foreach (var (relative, bytes) in images)
            {
                var path = Path.Combine(input, relative);
                if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, bytes);
                _written.Add(relative);
            }

            foreach (var gone in _written.Where(f => !files.ContainsKey(f) && !images.ContainsKey(f)).ToList())
            {
                File.Delete(Path.Combine(input, gone));
                _written.Remove(gone);
            }
            foreach (var (relative, text) in files)
            {
                var path = Path.Combine(input, relative);
                if (File.Exists(path) && File.ReadAllText(path) == text) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, new UTF8Encoding(false));
                _written.Add(relative);
            }
        }
    }

    /// <summary>The head of a PNG of the given size: enough for the build, which checks the signature and reads the size.</summary>
    private static byte[] Png(int width, int height)
    {
        var head = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 0, 0, 0, 0, 0, 8, 2, 0, 0, 0 };
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(head.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(head.AsSpan(20), height);
        return head;
    }

    private sealed class AnswerModel(string slug, int day, string[] tags)
    {
        public string Slug { get; } = slug;
        public string Title { get; set; } = $"Why does {slug} keep coming up on long runs?";
        public int Day { get; set; } = day;
        public string[] Tags { get; set; } = tags;
        public bool Draft { get; set; }
        public string[] Aliases { get; set; } = [];
        public string Body { get; set; } = $"The first answer of {slug}.\n\nBuild up gradually.";
        public bool Broken { get; set; }

        public string Text()
        {
            var date = new DateOnly(2024, 1, 1).AddDays(Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var text = new StringBuilder($"---\ntitle: {Title}\ndate: {date}\nquestion: Is {Slug} something to worry about?\n");
            text.Append($"expert: {(Broken ? "nobody-we-know" : "rachel-moss")}\n");
            text.Append($"tags: [{string.Join(", ", Tags.Length == 0 ? ["recovery"] : Tags)}]\n");
            if (Draft) text.Append("draft: true\n");
            if (Aliases.Length > 0) text.Append($"aliases: [{string.Join(", ", Aliases)}]\n");
            return text.Append("---\n").Append(Body).Append('\n').ToString();
        }
    }
}
