using System.Globalization;
using System.Text.Json;
using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary>
/// Ctrl-C (a cancelled token): the exit code is 130 and metrics.json says the run is not complete. When nothing
/// finished, metrics.json is still written, with no replications and no metrics, so that an older complete
/// metrics.json in the same folder is not mistaken for this run's.
/// </summary>
public sealed class RunCancellationTests
{
    [Fact]
    public void A_run_cancelled_before_it_starts_exits_130_and_writes_incomplete_metrics()
    {
        using var folder = new TempFolder();
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        var result = Factorytwin.Run(stop.Token, "run", Factorytwin.Example("mm3-station.json"), "--replications", "2", "--trace", "--out", folder["out"]);

        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.False(File.Exists(folder["out/trace.jsonl"]), "a trace of an unfinished replication was kept");
        Assert.DoesNotContain(Directory.GetFiles(folder["out"]), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(File.ReadAllBytes(folder["out/metrics.json"]));
        Assert.False(json.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("replications").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("metrics").EnumerateObject());
        Assert.Equal("metric,unit,n,mean,stdDev,low,high\n", File.ReadAllText(folder["out/metrics.csv"]));
        using var run = JsonDocument.Parse(File.ReadAllBytes(folder["out/run.json"]));
        Assert.Equal(2, run.RootElement.GetProperty("replicationsRequested").GetInt32());
        Assert.Equal(0, run.RootElement.GetProperty("replicationsFinished").GetInt32());
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_run_replaces_the_metrics_of_an_earlier_complete_run_in_the_same_folder()
    {
        using var folder = new TempFolder();
        var earlier = Factorytwin.Run("run", Factorytwin.Example("mm3-station.json"), "--replications", "2", "--out", folder["out"]);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        var result = Factorytwin.Run(stop.Token, "run", Factorytwin.Example("mm3-station.json"), "--replications", "2", "--out", folder["out"]);

        Assert.True(earlier.ExitCode == 0, earlier.ToString());
        Assert.True(result.ExitCode == 130, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(folder["out/metrics.json"]));
        Assert.False(json.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("replications").GetInt32());
    }

    [Fact]
    public void A_run_cancelled_midway_keeps_the_replications_that_finished()
    {
        // Ctrl-C the moment the second replication is logged as finished: the outcome does not depend on the speed of the machine.
        using var folder = new TempFolder();
        using var stop = new CancellationTokenSource();
        using var errors = new CancelOnText("(2 of 40)", stop);

        var result = Factorytwin.Run(errors, stop.Token, "run", Factorytwin.Example("mm3-station.json"), "--replications", "40", "--parallel", "1",
            "--verbosity", "diagnostic", "--out", folder["out"]);

        Assert.True(result.ExitCode == 130, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(folder["out/metrics.json"]));
        var root = json.RootElement;
        var finished = root.GetProperty("replications").GetInt32();
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal(2, finished);
        foreach (var metric in root.GetProperty("metrics").EnumerateObject())
            Assert.Equal(finished, metric.Value.GetProperty("values").GetArrayLength());
        using var run = JsonDocument.Parse(File.ReadAllBytes(folder["out/run.json"]));
        Assert.Equal(40, run.RootElement.GetProperty("replicationsRequested").GetInt32());
        Assert.Equal(finished, run.RootElement.GetProperty("replicationsFinished").GetInt32());
    }

    [Fact]
    public void A_run_cancelled_midway_and_resumed_writes_the_same_metrics_as_a_run_straight_through()
    {
        using var folder = new TempFolder();
        using var stop = new CancellationTokenSource();
        using var errors = new CancelOnText("(2 of 6)", stop);
        string[] run = ["run", Factorytwin.Example("mm3-station.json"), "--replications", "6", "--parallel", "1"];

        var straight = Factorytwin.Run([.. run, "--out", folder["straight"]]);
        var stopped = Factorytwin.Run(errors, stop.Token, [.. run, "--verbosity", "diagnostic", "--out", folder["out"]]);
        var resumed = Factorytwin.Run([.. run, "--resume", "--out", folder["out"]]);

        Assert.True(stopped.ExitCode == 130, stopped.ToString());
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal(6, File.ReadAllLines(folder["out/runs.jsonl"]).Length); // the two finished before were not run again
        Assert.Equal(File.ReadAllBytes(folder["straight/metrics.json"]), File.ReadAllBytes(folder["out/metrics.json"]));
        Assert.Equal(File.ReadAllBytes(folder["straight/metrics.csv"]), File.ReadAllBytes(folder["out/metrics.csv"]));
    }

    /// <summary>Standard error that cancels <paramref name="stop"/> once <paramref name="text"/> has been written to it.</summary>
    private sealed class CancelOnText(string text, CancellationTokenSource stop) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void Write(char value)
        {
            base.Write(value);
            if (value == '\n' && ToString().Contains(text, StringComparison.Ordinal))
                stop.Cancel();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            foreach (var c in buffer.AsSpan(index, count))
                Write(c);
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? "")
                Write(c);
        }
    }
}
