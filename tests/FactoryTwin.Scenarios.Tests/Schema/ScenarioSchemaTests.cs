using System.Text;
using System.Text.Json;

namespace FactoryTwin.Scenarios.Tests.Schema;

/// <summary>The committed JSON Schema is the one the records generate, and every example scenario points editors at it.</summary>
public sealed class ScenarioSchemaTests
{
    private const string Regenerate = "dotnet run --project src/FactoryTwin.Cli -- schema -o scenarios/scenario.schema.json";

    private static string SchemaFile => Path.Combine(RepositoryPaths.Scenarios, "scenario.schema.json");

    private static List<string> ExampleFiles => [.. Directory.GetFiles(RepositoryPaths.Scenarios, "*.json")
        .Select(path => Path.GetFileName(path))
        .Where(name => name != "scenario.schema.json")
        .Order(StringComparer.Ordinal)];

    public static TheoryData<string> Examples => [.. ExampleFiles];

    [Fact]
    public void The_committed_schema_equals_the_generated_one_byte_for_byte()
    {
        var committed = File.ReadAllBytes(SchemaFile);

        var generated = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ScenarioSchema.Generate());

        var firstDifference = Enumerable.Range(0, Math.Min(committed.Length, generated.Length)).FirstOrDefault(i => committed[i] != generated[i], -1);
        Assert.True(committed.AsSpan().SequenceEqual(generated),
            $"scenarios/scenario.schema.json is out of date ({committed.Length} bytes committed, {generated.Length} generated, first difference at byte {firstDifference}). Regenerate it with\n    {Regenerate}");
    }

    [Fact]
    public void The_committed_schema_is_a_draft_2020_12_schema_of_an_object()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(SchemaFile));

        var root = schema.RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal("object", root.GetProperty("type").GetString());
        Assert.True(root.GetProperty("$defs").TryGetProperty("distribution", out _));
        Assert.True(root.GetProperty("$defs").TryGetProperty("location", out _));
    }

    [Fact]
    public void There_are_example_scenarios()
    {
        var examples = ExampleFiles;

        Assert.Contains("job-shop.json", examples);
        Assert.Contains("mm3-station.json", examples);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_scenario_starts_with_the_schema_line(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, file));
        using var document = JsonDocument.Parse(text);

        var first = document.RootElement.EnumerateObject().First();
        var firstLine = text.Split('\n').Skip(1).First().Trim();

        Assert.Equal("$schema", first.Name);
        Assert.Equal("./scenario.schema.json", first.Value.GetString());
        Assert.Equal("\"$schema\": \"./scenario.schema.json\",", firstLine);
    }
}
