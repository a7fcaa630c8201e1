using System.Text.Json;
using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Brains;

/// <summary>run --decisions writes every decision; --replay-decisions reruns with them and no brain, and stops where they no longer fit.</summary>
public sealed class DecisionReplayTests
{
    [Fact]
    public void A_replay_of_the_recorded_decisions_gives_the_recorded_results_byte_for_byte_without_the_brain()
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, "warehouse.json", hours: 1, replications: 2);

        var recorded = Factorytwin.Run("run", scenario, "-o", folder["recorded"], "--decisions", "--brain", $"amr=python3 {BrainScenarios.PythonGreedy}");
        var replayed = Factorytwin.Run("run", scenario, "-o", folder["replayed"], "--replay-decisions", folder["recorded"], "--brain", "amr=false");

        Assert.True(recorded.ExitCode == 0, recorded.ToString());
        Assert.True(replayed.ExitCode == 0, replayed.ToString());
        Assert.Equal(File.ReadAllBytes(folder["recorded/metrics.json"]), File.ReadAllBytes(folder["replayed/metrics.json"]));
        var lines = File.ReadAllLines(folder["recorded/decisions.jsonl"]);
        Assert.StartsWith("{\"format\":\"factorytwin-decisions\",\"version\":1,", lines[0], StringComparison.Ordinal);
        var decisions = lines.Skip(1).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1, 2], decisions.Select(d => d.GetProperty("replication").GetInt32()).Distinct());
        Assert.All(decisions, d => Assert.Equal(d.GetProperty("robot").GetString(), d.GetProperty("observation").GetProperty("self").GetProperty("id").GetString()));
        Assert.Contains(decisions, d => d.GetProperty("decision").GetProperty("decision").GetString() == "carry");
    }

    [Fact]
    public void A_replay_against_a_changed_scenario_stops_at_the_first_decision_that_no_longer_fits()
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, "warehouse.json", hours: 1, replications: 1);
        Assert.Equal(0, Factorytwin.Run("run", scenario, "-o", folder["recorded"], "--decisions").ExitCode);
        var faster = BrainScenarios.Short(folder, "warehouse.json", hours: 1, replications: 1, root => root["robots"]![0]!["speedMetersPerSecond"] = 2.5);

        var result = Factorytwin.Run("run", faster, "-o", folder["replayed"], "--replay-decisions", folder["recorded"]);

        Assert.True(result.ExitCode == 3, result.ToString());
        var line = result.Errors.Trim();
        Assert.StartsWith($"factorytwin: The simulation failed: The replay of {folder["recorded/decisions.jsonl"]} stopped at t=", line, StringComparison.Ordinal);
        Assert.Matches(@"\(replication 1\): line \d+ \(amr-\d+ at t=[0-9.]+ s\) does not fit: (here amr-\d+ decides at t=[0-9.]+ s|it chose task \d+, which is not open .*); the scenario, seed or program is not the one recorded\.$", line);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void A_replay_with_another_seed_or_without_a_log_is_refused()
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, "warehouse.json", hours: 0.25, replications: 1);
        Assert.Equal(0, Factorytwin.Run("run", scenario, "-o", folder["recorded"], "--decisions", "--seed", "5").ExitCode);

        var otherSeed = Factorytwin.Run("run", scenario, "-o", folder["a"], "--replay-decisions", folder["recorded"], "--seed", "6");
        var noLog = Factorytwin.Run("run", scenario, "-o", folder["b"], "--replay-decisions", folder.Path);

        Assert.True(otherSeed.ExitCode == 1, otherSeed.ToString());
        Assert.Equal($"{folder["recorded/decisions.jsonl"]}: was recorded with seed 5, and this run has seed 6; give --seed 5", otherSeed.Errors.Trim());
        Assert.True(noLog.ExitCode == 1, noLog.ToString());
        Assert.Equal($"{folder["decisions.jsonl"]}: there is no decision log here; record one with run --decisions", noLog.Errors.Trim());
    }
}
