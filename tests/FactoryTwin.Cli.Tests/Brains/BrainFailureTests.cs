using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Brains;

/// <summary>A brain program that breaks the protocol stops the run with exit 3 and one line: the fleet, the simulated time, and what was wrong.</summary>
public sealed class BrainFailureTests
{
    [Theory]
    [InlineData("exits", "sys.stderr.write('Traceback: boom\\n'); sys.exit(2)", "exited with code 2 before answering; its last words on standard error: 'Traceback: boom'")]
    [InlineData("talks", "print('thinking...', flush=True)", "printed a line that is not JSON: 'thinking...'")]
    [InlineData("invents", "print(json.dumps({'decision': 'carry', 'task': 999999}), flush=True)", "for robot amr-1 chose task 999999, which is not open (open: none)")]
    [InlineData("mumbles", "print(json.dumps({'decision': 'fly'}), flush=True)", "answered '{\"decision\": \"fly\"}' for robot amr-1: \"decision\" must be one of carry, charge, park, pause, wait (got \"fly\")")]
    [InlineData("sleeps", "time.sleep(30)", "did not answer within 0.5 s (--brain-timeout)")]
    public void A_brain_that_breaks_the_protocol_stops_the_run_with_exit_3_and_one_line(string name, string onObserve, string what)
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, "warehouse.json", hours: 1, replications: 1);
        var brain = BrainScenarios.Brain(folder, $"{name}.py", onObserve);

        // Only the sleeper is to time out: the others get long enough to answer on a loaded machine.
        var timeout = name == "sleeps" ? "0.5" : "20";
        var result = Factorytwin.Run("run", scenario, "-o", folder["out"], "--brain", $"amr=python3 {brain}", "--brain-timeout", timeout);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Equal($"factorytwin: The simulation failed: The brain of fleet 'amr' (python3 {brain}) failed at t=0 s: {what}", result.Errors.Trim());
    }

    [Fact]
    public void A_brain_that_speaks_another_version_or_cannot_start_stops_the_run_before_it_begins()
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, "warehouse.json", hours: 1, replications: 1);
        var newer = folder["newer.py"];
        File.WriteAllText(newer, "import json, sys\nsys.stdin.readline()\nprint(json.dumps({'type': 'hello', 'protocol': 2}), flush=True)\nsys.stdin.readline()\n");
        var missing = folder["missing"];

        var wrongVersion = Factorytwin.Run("run", scenario, "-o", folder["a"], "--brain", $"amr=python3 {newer}");
        var notThere = Factorytwin.Run("run", scenario, "-o", folder["b"], "--brain", $"amr={missing}");

        Assert.True(wrongVersion.ExitCode == 3, wrongVersion.ToString());
        Assert.Equal($"factorytwin: The simulation failed: The brain of fleet 'amr' (python3 {newer}) failed at t=0 s: speaks protocol 2; this simulator speaks 1", wrongVersion.Errors.Trim());
        Assert.True(notThere.ExitCode == 3, notThere.ToString());
        Assert.StartsWith($"factorytwin: The simulation failed: The brain of fleet 'amr' ({missing}) failed at t=0 s: could not be started: ", notThere.Errors.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', notThere.Errors.Trim());
    }

    [Fact]
    public void A_brain_that_fails_in_the_second_replication_keeps_the_first()
    {
        using var folder = new TempFolder();
        var scenario = BrainScenarios.Short(folder, "warehouse.json", hours: 1, replications: 2);
        var brain = folder["second.py"];
        File.WriteAllText(brain, File.ReadAllText(BrainScenarios.PythonGreedy).Replace(
            "        elif kind == \"observe\":\n", "        elif kind == \"observe\" and replication == 2:\n            sys.exit(5)\n        elif kind == \"observe\":\n", StringComparison.Ordinal)
            .Replace("        if kind == \"hello\":\n", "        if kind == \"hello\":\n            replication = message[\"replication\"]\n", StringComparison.Ordinal));

        var result = Factorytwin.Run("run", scenario, "-o", folder["out"], "-p", "1", "--brain", $"amr=python3 {brain}");

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("exited with code 5 before answering", result.Errors, StringComparison.Ordinal);
        var kept = File.ReadAllLines(folder["out/runs.jsonl"]);
        Assert.Single(kept);
        Assert.Contains("\"replication\":0", kept[0], StringComparison.Ordinal);
    }
}
