using RunnersQA.Content.Fields;

// Writes the files made from the field declarations (generator/Content/Fields): the JSON Schemas in schemas/ and
// the field tables in the docs. Run from anywhere in the repository: dotnet run --project tools/Schemas
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "RunnersQA.sln")))
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run this inside the RunnersQA repository");

foreach (var (path, text) in ContentContract.Files(path => File.ReadAllText(Path.Combine(root, path))))
{
    var full = Path.Combine(root, path);
    var unchanged = File.Exists(full) && File.ReadAllText(full) == text;
    if (!unchanged) File.WriteAllText(full, text);
    Console.WriteLine($"{(unchanged ? "unchanged" : "written  ")} {path}");
}
