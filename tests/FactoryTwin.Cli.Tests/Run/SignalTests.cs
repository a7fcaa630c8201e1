using System.Text.Json;
using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary>SIGTERM (what Kubernetes and Slurm send) stops as Ctrl-C does: finished runs written, exit 143, and --resume goes on to the same results.</summary>
public sealed class SignalTests
{
    private static readonly string[] Sweep =
        ["sweep", Factorytwin.Example("mm3-station.json"), "--set", "stations[1].machines=3,4", "--set", "run.durationSeconds=2000000", "-r", "4", "-p", "1"];

    [Fact]
    public void A_sweep_stopped_by_SIGTERM_keeps_what_finished_and_resumes_to_the_same_bytes()
    {
        using var folder = new TempFolder();
        var straight = Factorytwin.Run([.. Sweep, "--out", folder["straight"]]);
        Assert.True(straight.ExitCode == 0, straight.ToString());

        int code;
        string errors;
        using (var sweep = new FactorytwinProcess([.. Sweep, "--out", folder["stopped"]]))
        {
            sweep.WaitUntil(() => File.Exists(folder["stopped/runs.jsonl"]) && File.ReadAllLines(folder["stopped/runs.jsonl"]).Length >= 2, seconds: 120);
            sweep.Signal(15);
            (code, errors) = sweep.End(seconds: 60);
        }
        using (var partial = JsonDocument.Parse(File.ReadAllBytes(folder["stopped/sweep.json"])))
            Assert.False(partial.RootElement.GetProperty("complete").GetBoolean());
        var kept = File.ReadAllLines(folder["stopped/runs.jsonl"]).Length;
        var resumed = Factorytwin.Run([.. Sweep, "--out", folder["stopped"], "--resume"]);

        Assert.True(code == 143, $"exit {code}\n{errors}");
        Assert.InRange(kept, 2, 7);
        Assert.Contains("run again with --resume", errors, StringComparison.Ordinal);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal(File.ReadAllBytes(folder["straight/sweep.json"]), File.ReadAllBytes(folder["stopped/sweep.json"]));
        Assert.Equal(File.ReadAllBytes(folder["straight/sweep.csv"]), File.ReadAllBytes(folder["stopped/sweep.csv"]));
    }

    [Fact]
    public void SIGTERM_stops_a_run_that_waits_for_a_brain()
    {
        // A brain that does not answer for a minute, with a timeout of an hour: only the signal can end the wait.
        using var folder = new TempFolder();
        using var run = SilentBrainRun(folder);

        run.Signal(15);
        var (code, errors) = run.End(seconds: 30);

        Assert.True(code == 143, $"exit {code}\n{errors}");
        Assert.DoesNotContain("failed", errors, StringComparison.Ordinal);
        using var metrics = JsonDocument.Parse(File.ReadAllBytes(folder["out/metrics.json"]));
        Assert.False(metrics.RootElement.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public void A_second_signal_stops_at_once()
    {
        // After the first signal the run stops in order, which here takes seconds (the silent brain is given 2 s to
        // say goodbye); the second signal, sent as soon as the first is acknowledged, does not wait for that. Both are
        // SIGTERM: a process started from a background job of a shell inherits SIGINT ignored, as Unix has it, so a
        // first SIGINT would not count when the tests are run that way.
        using var folder = new TempFolder();
        using var run = SilentBrainRun(folder);

        run.Signal(15);
        run.WaitUntil(() => run.Errors.Contains("factorytwin: stopping", StringComparison.Ordinal), seconds: 10);
        run.Signal(15);
        var (code, errors) = run.End(seconds: 30);

        Assert.True(code == 143, $"exit {code}\n{errors}");
        Assert.Contains("factorytwin: stopped at once (a second signal)", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(folder["out/metrics.json"]), "the results of an orderly stop were written");
    }

    /// <summary>A run whose brain has been asked and will not answer for a minute (it then ends, so no process is left behind).</summary>
    private static FactorytwinProcess SilentBrainRun(TempFolder folder)
    {
        var scenario = BrainScenarios.Short(folder, "warehouse.json", hours: 1, replications: 1);
        var brain = BrainScenarios.Brain(folder, "silent.py", $"open({JsonSerializer.Serialize(folder["asked"])}, 'w').close(); time.sleep(60); sys.exit(0)");
        var run = new FactorytwinProcess(["run", scenario, "--brain", $"amr=python3 {brain}", "--brain-timeout", "3600", "--out", folder["out"]]);
        run.WaitUntil(() => File.Exists(folder["asked"]), seconds: 60);
        return run;
    }
}
