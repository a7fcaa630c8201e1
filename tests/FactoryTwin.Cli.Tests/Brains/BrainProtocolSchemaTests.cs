using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactoryTwin.Cli.Tests.Support;
using FactoryTwin.Experiments.Brains;
using Json.Schema;

namespace FactoryTwin.Cli.Tests.Brains;

/// <summary>The messages the simulator sends and the sample brains answer are the ones docs/brain-protocol/ describes.</summary>
public sealed class BrainProtocolSchemaTests
{
    // Each schema has an $id, which the library registers once per process: read each file once.
    private static readonly Dictionary<string, JsonSchema> Schemas = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "brain-protocol"), "*.schema.json")
        .ToDictionary(f => Path.GetFileName(f), f => JsonSchema.FromFile(f), StringComparer.Ordinal);

    private static JsonSchema Schema(string name) => Schemas[name];

    private static void AssertValid(JsonSchema schema, JsonNode message)
    {
        var result = schema.Evaluate(Element(message), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var text = message.ToJsonString();
        Assert.True(result.IsValid, $"{text[..Math.Min(300, text.Length)]}\n{string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"))}");
    }

    private static bool Fits(JsonSchema schema, string json) => schema.Evaluate(Element(JsonNode.Parse(json)!)).IsValid;

    private static JsonElement Element(JsonNode node) => JsonSerializer.SerializeToElement(node);

    [Fact]
    public void Every_observation_and_decision_of_a_dispatched_job_shop_fits_the_schemas()
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, "job-shop.json", hours: 2, replications: 1);
        Assert.Equal(0, Factorytwin.Run("run", scenario, "-o", folder["out"], "--decisions").ExitCode);
        var observe = Schema("observe.schema.json");
        var decision = Schema("decision.schema.json");

        var lines = File.ReadLines(folder["out/decisions.jsonl"]).Skip(1).Select(l => JsonNode.Parse(l)!).ToList();

        Assert.Contains(lines, l => l["observation"]!["idleFleet"]!.AsArray().Count > 0);
        foreach (var line in lines)
        {
            var message = line["observation"]!.DeepClone().AsObject();
            message.Insert(0, "type", "observe");
            AssertValid(observe, message);
            AssertValid(decision, line["decision"]!);
        }
    }

    [Fact]
    public void The_hello_and_bye_fit_their_schemas_and_a_wrong_decision_does_not()
    {
        AssertValid(Schema("hello.schema.json"), JsonNode.Parse(BrainMessages.Hello("amr", ["amr-1", "amr-2"], "warehouse", 11, 0))!);
        AssertValid(Schema("bye.schema.json"), JsonNode.Parse(BrainMessages.Bye(3600))!);

        var decision = Schema("decision.schema.json");
        Assert.True(Fits(decision, """{"decision": "carry", "task": 12}"""));
        Assert.False(Fits(decision, """{"decision": "fly"}"""));
        Assert.False(Fits(decision, """{"decision": "carry", "task": "12"}"""));
        Assert.False(Fits(decision, """{"decision": "pause", "seconds": 0}"""));
    }

    [Theory]
    [InlineData("python3")]
    [InlineData("dotnet")]
    public void The_sample_brains_greet_as_the_schema_says(string program)
    {
        var start = new ProcessStartInfo(program, program == "python3" ? BrainScenarios.PythonGreedy : BrainScenarios.CSharpOldestFirst)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        using var brain = Process.Start(start)!;
        brain.StandardInput.WriteLine(BrainMessages.Hello("amr", ["amr-1"], "warehouse", 11, 0));
        brain.StandardInput.Flush();
        var answer = brain.StandardOutput.ReadLine();
        brain.StandardInput.WriteLine(BrainMessages.Bye(0));
        brain.StandardInput.Close();
        Assert.True(brain.WaitForExit(10_000), "the brain did not exit after the bye");

        AssertValid(Schema("brain-hello.schema.json"), JsonNode.Parse(answer!)!);
        Assert.Equal(0, brain.ExitCode);
    }
}
