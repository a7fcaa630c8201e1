using System.Text.Json.Nodes;

namespace FactoryTwin.Cli.Tests.Support;

/// <summary>Short copies of the example scenarios and small brain programs, for tests of the brain seat.</summary>
internal static class BrainScenarios
{
    /// <summary>The Python sample that implements the built-in greedy rule.</summary>
    public static string PythonGreedy => Path.Combine(RepositoryPaths.Root, "samples", "brains", "python", "greedy.py");

    /// <summary>The C# sample (oldest task first), as built beside these tests (same configuration).</summary>
    public static string CSharpOldestFirst =>
        Path.Combine(RepositoryPaths.Root, "samples", "brains", "csharp", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "OldestFirstBrain.dll");

    /// <summary>A copy of an example in <paramref name="folder"/>, run for <paramref name="hours"/> with <paramref name="replications"/>, changed further by <paramref name="change"/>.</summary>
    public static string Short(TempFolder folder, string example, double hours, int replications, Action<JsonNode>? change = null)
    {
        var root = JsonNode.Parse(File.ReadAllText(Factorytwin.Example(example)))!;
        root["run"]!["durationSeconds"] = hours * 3600;
        root["run"]!["warmupSeconds"] = hours * 600;
        root["run"]!["replications"] = replications;
        if (root["layout"]!["grid"]?["mapFile"] is { } map)
            root["layout"]!["grid"]!["mapFile"] = Path.Combine(RepositoryPaths.Scenarios, map.GetValue<string>());
        change?.Invoke(root);
        var path = folder[$"short-{Path.GetFileNameWithoutExtension(example)}.json"];
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    /// <summary>A Python brain that greets properly and then does <paramref name="onObserve"/> (Python statements, with the message in <c>m</c>).</summary>
    public static string Brain(TempFolder folder, string name, string onObserve)
    {
        var path = folder[name];
        File.WriteAllText(path, $$"""
            import json, sys, time
            for line in iter(sys.stdin.readline, ""):
                m = json.loads(line)
                if m["type"] == "hello":
                    print(json.dumps({"type": "hello", "protocol": 1}), flush=True)
                elif m["type"] == "observe":
                    {{onObserve}}
            """);
        return path;
    }
}
