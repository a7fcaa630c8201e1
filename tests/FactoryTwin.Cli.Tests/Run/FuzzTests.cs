using System.Globalization;
using System.Text.Json.Nodes;
using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary>
/// Seeded mutations of the example scenarios through <c>validate</c> and <c>run -r 1</c>: whatever the file, the
/// command ends (validate within 10 s; a run stops within 10 s of being cancelled after 5 s) with a message and
/// an exit code of ours, never an internal error or a stack trace.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Examples = ["mm3-station.json", "job-shop.json", "penny-fab-one.json", "warehouse.json", "assembly-cell.json", "maintenance-surge.json", "aisle-closure.json", "robot-breakdowns.json", "fleet-shifts.json"];

    private static readonly JsonNode?[] Extremes =
        [0, -1, 1e-300, 1e308, int.MaxValue, long.MaxValue, 0.5, 1e9, 1e-9, "x", "", "../../../etc/passwd", true, null, new JsonArray(), new JsonObject()];

    public static TheoryData<int> Batches => [.. Enumerable.Range(0, 15)]; // 300 scenarios

    [Theory]
    [MemberData(nameof(Batches))]
    public void Twenty_mutated_scenarios_each_end_in_a_clean_message(int batch)
    {
        using var folder = new TempFolder();
        var failures = new List<string>();
        var ran = 0;
        // Twenty seeds; if none of them makes a valid file (most do not), more, from seeds no other batch uses, until one does.
        for (var i = 0; i < 20 || (ran == 0 && i < 80); i++)
        {
            var seed = i < 20 ? (batch * 20) + i : 100_000 + (batch * 100) + i;
            var random = new Random(seed);
            var example = Examples[seed % Examples.Length];
            var root = Shortened(example);
            var changes = new List<string>();
            // Even seeds scale numbers (files that mostly still validate, so they run); odd seeds put in extremes, other types, or remove a value.
            for (var m = random.Next(1, 4); m > 0; m--)
                changes.Add(seed % 2 == 0 ? Scale(root, random) : Mutate(root, random));
            var file = folder[$"fuzz-{seed}.json"];
            File.WriteAllText(file, root.ToJsonString());
            var what = $"seed {seed} ({example}: {string.Join("; ", changes)})";

            var validate = Bounded(what, TimeSpan.FromSeconds(10), CancellationToken.None, "validate", file);
            if (validate.Problem is { } problem)
            {
                failures.Add(problem);
                continue;
            }
            if (validate.Result!.ExitCode != 0)
                continue;
            ran++;
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            if (Bounded(what, TimeSpan.FromSeconds(15), stop.Token, "run", file, "-r", "1", "-p", "1", "-o", folder[$"out-{seed}"]).Problem is { } failed)
                failures.Add(failed);
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(ran > 0, "no mutated scenario was valid, so none was run"); // about a fifth are
    }

    /// <summary>Runs factorytwin in-process; a problem if it did not end in time or ended other than as a command of ours should.</summary>
    private static (CliResult? Result, string? Problem) Bounded(string what, TimeSpan limit, CancellationToken stop, params string[] args)
    {
        var run = Task.Run(() => Factorytwin.Run(stop, args));
        if (!run.Wait(limit))
            return (null, $"{what}: factorytwin {args[0]} did not end within {limit.TotalSeconds} s");
        var result = run.Result;
        var clean = result.ExitCode is 0 or 1 or 2 or 3 or 130
            && !result.Errors.Contains("internal error", StringComparison.Ordinal)
            && !result.Errors.Contains("   at ", StringComparison.Ordinal);
        return (result, clean ? null : $"{what}: factorytwin {args[0]} {result}");
    }

    /// <summary>An example made quick to run: at most four simulated hours, one replication, its map found where it is.</summary>
    private static JsonNode Shortened(string example)
    {
        var root = JsonNode.Parse(File.ReadAllText(Factorytwin.Example(example)))!;
        var run = root["run"]!;
        var hours = example is "warehouse.json" or "robot-breakdowns.json" or "fleet-shifts.json" ? 0.25 : 4; // 30 robots on a big map
        run["durationSeconds"] = Math.Min(run["durationSeconds"]!.GetValue<double>(), hours * 3600);
        run["warmupSeconds"] = 0;
        run["replications"] = 1;
        if (root["layout"]?["grid"]?["mapFile"] is { } map)
            root["layout"]!["grid"]!["mapFile"] = Path.Combine(RepositoryPaths.Scenarios, map.GetValue<string>());
        return root;
    }

    private static readonly double[] Factors = [0, 1e-6, 0.01, 0.5, 2, 10, 1000, 1e6];

    /// <summary>Multiplies one number somewhere in the document by a factor from 0 to 10⁶ (a whole number stays whole); says what it did.</summary>
    private static string Scale(JsonNode root, Random random)
    {
        var places = new List<JsonNode>();
        Collect(root, places);
        var numbers = places.Where(p => p is JsonValue v && v.TryGetValue<double>(out _)).ToList();
        var node = numbers[random.Next(numbers.Count)];
        var number = node.GetValue<double>() * Factors[random.Next(Factors.Length)];
        var whole = node.ToJsonString().All(c => char.IsAsciiDigit(c) || c == '-');
        JsonNode value = whole && Math.Abs(number) < 1e15 ? JsonValue.Create((long)Math.Round(number)) : JsonValue.Create(number);
        var path = node.GetPath();
        Replace(node, value);
        return string.Create(CultureInfo.InvariantCulture, $"{path} = {value.ToJsonString()}");
    }

    private static void Replace(JsonNode node, JsonNode? value)
    {
        if (node.Parent is JsonObject obj)
            obj[node.GetPropertyName()] = value;
        else if (node.Parent is JsonArray array)
            array[array.IndexOf(node)] = value;
    }

    /// <summary>Changes one value somewhere in the document (to an extreme, another type, or removes it); says what it did.</summary>
    private static string Mutate(JsonNode root, Random random)
    {
        var places = new List<JsonNode>();
        Collect(root, places);
        var node = places[random.Next(places.Count)];
        var path = node.GetPath();
        var parent = node.Parent;
        var choice = random.Next(Extremes.Length + 1);
        if (choice == Extremes.Length)
        {
            if (parent is JsonObject o)
                o.Remove(node.GetPropertyName());
            else if (parent is JsonArray a)
                a.Remove(node);
            return $"{path} removed";
        }
        var value = Extremes[choice]?.DeepClone();
        Replace(node, value);
        return string.Create(CultureInfo.InvariantCulture, $"{path} = {value?.ToJsonString() ?? "null"}");
    }

    private static void Collect(JsonNode? node, List<JsonNode> places)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o.ToList())
                {
                    if (child is not null)
                    {
                        places.Add(child);
                        Collect(child, places);
                    }
                }
                break;
            case JsonArray a:
                foreach (var child in a.ToList())
                {
                    if (child is not null)
                    {
                        places.Add(child);
                        Collect(child, places);
                    }
                }
                break;
        }
    }
}
