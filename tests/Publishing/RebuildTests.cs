using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Publishing;

/// <summary>Builds are reproducible, and a rebuild keeps the timestamps of files whose bytes did not change.</summary>
public sealed class RebuildTests : IDisposable
{
    private static readonly DateTime Past = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly TempSite _site = TempSite.FromSample();

    public void Dispose() => _site.Dispose();

    private void AgeEveryOutputFile()
    {
        foreach (var file in _site.Built.Files) File.SetLastWriteTimeUtc(_site.Built.PathOf(file), Past);
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var second = Path.Combine(_site.Root, "site-again");
        _site.BuildClean();
        _site.BuildClean(output: second);

        var first = FileTree.Take(_site.Output).Files;
        var again = FileTree.Take(second).Files;
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), again.Keys.Order(StringComparer.Ordinal));
        var different = first.Keys.Where(f => first[f].Sha256 != again[f].Sha256).ToList();
        Assert.True(different.Count == 0, "differ between two builds: " + string.Join(", ", different));
    }

    [Fact]
    public void Rebuild_with_unchanged_input_keeps_every_timestamp()
    {
        _site.BuildClean();
        AgeEveryOutputFile();
        var before = FileTree.Take(_site.Output);

        var result = _site.BuildClean();

        Assert.Equal(0, result.FilesChanged);
        before.AssertUnchanged(_site.Output);
        Assert.All(before.Files.Values, f => Assert.Equal(Past, f.LastWriteUtc));
    }

    [Fact]
    public void Rebuild_after_an_edit_touches_only_changed_files()
    {
        var answer = _site.Content.Published()[^1]; // the oldest: on few pages
        _site.BuildClean();
        AgeEveryOutputFile();
        var before = FileTree.Take(_site.Output);

        _site.Replace(Path.GetRelativePath(_site.Input, answer.FullPath), $"title: {answer.Title}", $"title: {answer.Title} (edited)");
        var result = _site.BuildClean();

        var after = FileTree.Take(_site.Output);
        // New paths count as changed: fingerprinted search files take a new name when their content changes.
        var changed = after.Files.Where(kv => !before.Files.TryGetValue(kv.Key, out var old) || old.Sha256 != kv.Value.Sha256)
            .Select(kv => kv.Key).ToHashSet();
        Assert.Contains($"answers/{answer.Slug}/index.html", changed);
        Assert.DoesNotContain("robots.txt", changed);
        Assert.DoesNotContain(after.Files.Keys.Single(f => f.StartsWith("assets/site.", StringComparison.Ordinal)), changed);
        Assert.Equal(changed.Count, result.FilesChanged);
        foreach (var (file, state) in after.Files)
        {
            if (changed.Contains(file)) Assert.NotEqual(Past, state.LastWriteUtc);
            else Assert.Equal(Past, state.LastWriteUtc);
        }
    }

    [Fact]
    public void Rebuild_removes_pages_whose_answer_is_gone_and_leaves_nothing_beside_the_output()
    {
        var answer = _site.Content.Published()[^1];
        _site.BuildClean();
        Assert.True(_site.Built.Exists($"answers/{answer.Slug}/index.html"));

        File.Delete(answer.FullPath);
        _site.BuildClean();

        Assert.False(_site.Built.Exists($"answers/{answer.Slug}/index.html"));
        Assert.Equal(["input", "site"], Directory.EnumerateFileSystemEntries(_site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
