using System.Text.Json;
using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Brains;

/// <summary>Brains as programs over the protocol: the Python sample matches the built-in greedy brain byte for byte, whatever runs at once.</summary>
public sealed class BrainProgramTests
{
    [Fact]
    public void The_Python_greedy_brain_gives_the_metrics_of_the_built_in_greedy_brain_byte_for_byte()
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, "warehouse.json", hours: 1, replications: 2);

        var builtIn = Factorytwin.Run("run", scenario, "-o", folder["builtin"], "-p", "1");
        var program = Factorytwin.Run("run", scenario, "-o", folder["program"], "-p", "2", "--brain", $"amr=python3 {BrainScenarios.PythonGreedy}");

        Assert.True(builtIn.ExitCode == 0, builtIn.ToString());
        Assert.True(program.ExitCode == 0, program.ToString());
        Assert.Equal(File.ReadAllBytes(folder["builtin/metrics.json"]), File.ReadAllBytes(folder["program/metrics.json"]));
        Assert.Contains("Brain of amr (python3 ", program.Output, StringComparison.Ordinal);
        Assert.Contains("\"decisions\": ", File.ReadAllText(folder["program/run.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_named_in_the_scenario_runs_from_the_scenarios_folder_and_matches_the_built_in_brain_on_the_job_shop()
    {
        using var folder = new TempFolder();
        File.Copy(BrainScenarios.PythonGreedy, folder["greedy.py"]);
        var builtIn = MoveTo(BrainScenarios.Short(folder, "job-shop.json", hours: 2, replications: 2, root => root["robots"]![0]!["brain"] = "greedy"), folder["builtin.json"]);
        var program = BrainScenarios.Short(folder, "job-shop.json", hours: 2, replications: 2,
            root => root["robots"]![0]!["brain"] = System.Text.Json.Nodes.JsonNode.Parse("""{"command": ["python3", "greedy.py"]}"""));
        program = MoveTo(program, folder["program.json"]);

        var a = Factorytwin.Run("run", builtIn, "-o", folder["a"]);
        var b = Factorytwin.Run("run", program, "-o", folder["b"]);

        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.True(b.ExitCode == 0, b.ToString());
        Assert.Equal(File.ReadAllBytes(folder["a/metrics.json"]), File.ReadAllBytes(folder["b/metrics.json"]));
    }

    [Theory]
    [InlineData("warehouse.json", 1)]
    [InlineData("job-shop.json", 2)]
    public void The_CSharp_sample_brain_takes_the_oldest_open_task_at_every_decision(string example, double hours)
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, example, hours, replications: 1);

        var result = Factorytwin.Run("run", scenario, "-o", folder["out"], "--decisions", "--brain", $"amr=dotnet {BrainScenarios.CSharpOldestFirst}");

        Assert.True(result.ExitCode == 0, result.ToString());
        var carries = 0;
        foreach (var line in File.ReadLines(folder["out/decisions.jsonl"]).Skip(1))
        {
            var entry = JsonDocument.Parse(line).RootElement;
            var decision = entry.GetProperty("decision");
            var seen = entry.GetProperty("observation");
            if (seen.GetProperty("self").GetProperty("batteryPercent").GetDouble() < seen.GetProperty("self").GetProperty("chargeThresholdPercent").GetDouble())
                continue;
            var oldest = seen.GetProperty("openTasks").EnumerateArray()
                .Where(t => t.GetProperty("distanceToPickupMeters").ValueKind != JsonValueKind.Null)
                .OrderByDescending(t => t.GetProperty("waitingSeconds").GetDouble()).ThenBy(t => t.GetProperty("id").GetInt32())
                .Select(t => t.GetProperty("id").GetInt32()).DefaultIfEmpty(-1).First();
            if (oldest < 0)
                continue;
            Assert.Equal("carry", decision.GetProperty("decision").GetString());
            Assert.Equal(oldest, decision.GetProperty("task").GetInt32());
            carries++;
        }
        Assert.True(carries > 50, $"only {carries} decisions took a task");
    }

    [Fact]
    public void Compare_and_sweep_take_a_brain_program_too_with_the_results_of_the_built_in_brain()
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, "warehouse.json", hours: 0.5, replications: 2);
        var brain = $"amr=python3 {BrainScenarios.PythonGreedy}";

        var compareBuiltIn = Factorytwin.Run("compare", scenario, "--variant", "more:robots[0].count=40", "-o", folder["c1"]);
        var compareProgram = Factorytwin.Run("compare", scenario, "--variant", "more:robots[0].count=40", "-o", folder["c2"], "--brain", brain);
        var sweepProgram = Factorytwin.Run("sweep", scenario, "--set", "robots[0].count=20,30", "-o", folder["s"], "--brain", brain);

        Assert.True(compareBuiltIn.ExitCode == 0, compareBuiltIn.ToString());
        Assert.True(compareProgram.ExitCode == 0, compareProgram.ToString());
        Assert.True(sweepProgram.ExitCode == 0, sweepProgram.ToString());
        Assert.Equal(File.ReadAllBytes(folder["c1/compare.json"]), File.ReadAllBytes(folder["c2/compare.json"]));
    }

    [Fact]
    public void A_brain_for_a_fleet_the_scenario_does_not_have_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, "warehouse.json", hours: 1, replications: 1);

        var result = Factorytwin.Run("run", scenario, "-o", folder["out"], "--brain", "agv=python3 x.py");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal($"factorytwin: --brain agv=...: {scenario} has no fleet of mobile robots called 'agv' (its fleets: amr).", result.Errors.Trim());
    }

    private static string MoveTo(string from, string to)
    {
        File.Move(from, to);
        return to;
    }
}
