using FactoryTwin.Cli.Tests.Support;
using FactoryTwin.Experiments.Storage;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary>Results go only where they belong: never outside runs/ by a scenario's name, never over someone else's files, never two writers at once, and a failed write says where.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void A_scenario_named_like_a_path_writes_under_runs_and_nowhere_else()
    {
        using var folder = new TempFolder();
        var scenario = folder["evil.json"];
        File.WriteAllText(scenario, File.ReadAllText(Factorytwin.Example("mm3-station.json"))
            .Replace("\"name\": \"mm3-station\"", "\"name\": \"../../escaped\"", StringComparison.Ordinal)
            .Replace("400000", "20000", StringComparison.Ordinal).Replace("\"warmupSeconds\": 20000", "\"warmupSeconds\": 1000", StringComparison.Ordinal));
        Directory.CreateDirectory(folder["work/here"]);

        using var run = new FactorytwinProcess(["run", scenario, "-r", "1"], folder["work/here"]);
        var (code, errors) = run.End(seconds: 120);

        Assert.True(code == 0, errors);
        Assert.True(File.Exists(folder["work/here/runs/escaped/metrics.json"]), "not written under runs/");
        Assert.False(Directory.Exists(folder["escaped"]), "written outside the working folder");
        Assert.False(Directory.Exists(folder["work/escaped"]), "written outside runs/");
    }

    [Fact]
    public void A_non_empty_folder_factorytwin_did_not_make_is_refused_and_left_untouched_unless_forced()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["theirs"]);
        File.WriteAllText(folder["theirs/trace.jsonl"], "their data");
        File.WriteAllText(folder["theirs/metrics.json"], "their metrics");

        var refused = Factorytwin.Run("run", Factorytwin.Example("mm3-station.json"), "-r", "1", "--out", folder["theirs"]);

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Equal($"factorytwin: {folder["theirs"]}: is not empty and FactoryTwin did not write it (no .factorytwin file); choose another output folder, or add --force to write into it\n", refused.Errors);
        Assert.Equal("their data", File.ReadAllText(folder["theirs/trace.jsonl"]));
        Assert.Equal("their metrics", File.ReadAllText(folder["theirs/metrics.json"]));

        var forced = Factorytwin.Run("run", Factorytwin.Example("mm3-station.json"), "-r", "1", "--out", folder["theirs"], "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.True(File.Exists(folder["theirs/.factorytwin"]));
    }

    [Fact]
    public void A_damaged_experiment_json_is_reported_before_anything_is_deleted()
    {
        using var folder = new TempFolder();
        var first = Factorytwin.Run("run", Factorytwin.Example("mm3-station.json"), "-r", "1", "--trace", "--out", folder["out"]);
        Assert.True(first.ExitCode == 0, first.ToString());
        File.WriteAllText(folder["out/experiment.json"], "not json at all");
        var trace = File.ReadAllBytes(folder["out/trace.jsonl"]);

        var result = Factorytwin.Run("run", Factorytwin.Example("mm3-station.json"), "-r", "1", "--resume", "--out", folder["out"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{Path.Combine(folder["out"], "experiment.json")}: is not a FactoryTwin experiment manifest", result.Errors, StringComparison.Ordinal);
        Assert.Single(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(trace, File.ReadAllBytes(folder["out/trace.jsonl"]));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["report.txt"], "keep me");

        var result = Factorytwin.Run("sweep", Factorytwin.Example("mm3-station.json"), "--set", "stations[1].machines=3,4", "-r", "1", "--out", folder["report.txt"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal($"factorytwin: {folder["report.txt"]}: is a file, not a folder; choose another output folder\n", result.Errors);
        Assert.Equal("keep me", File.ReadAllText(folder["report.txt"]));
    }

    [Fact]
    public void A_folder_that_cannot_be_made_is_exit_1_with_the_path_and_the_reason()
    {
        // /sys refuses new folders even to root (permission denied, or a read-only file system in a container).
        var result = Factorytwin.Run("run", Factorytwin.Example("mm3-station.json"), "-r", "1", "--out", "/sys/factorytwin-test");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("factorytwin: /sys/factorytwin-test: cannot write here (", result.Errors, StringComparison.Ordinal);
        Assert.Single(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_second_writer_of_one_folder_is_refused_while_the_first_writes()
    {
        using var folder = new TempFolder();
        var (first, _) = OutputFolder.Claim(folder["out"], force: false);
        using (first)
        {
            var second = Factorytwin.Run("sweep", Factorytwin.Example("mm3-station.json"), "--set", "stations[1].machines=3,4", "-r", "1", "--out", folder["out"], "--resume");

            Assert.True(second.ExitCode == 1, second.ToString());
            Assert.Equal($"factorytwin: {folder["out"]}: another factorytwin is writing here now; wait for it to end, or choose another output folder\n", second.Errors);
            Assert.False(File.Exists(folder["out/runs.jsonl"]));
        }
    }

    [Fact]
    public void Two_sweeps_resumed_at_once_in_one_folder_the_second_is_refused_and_the_first_goes_on()
    {
        using var folder = new TempFolder();
        string[] sweep = ["sweep", Factorytwin.Example("mm3-station.json"), "--set", "stations[1].machines=3,4", "--set", "run.durationSeconds=2000000", "-r", "4", "-p", "1", "--out", folder["out"], "--resume"];
        using var first = new FactorytwinProcess(sweep);
        first.WaitUntil(() => File.Exists(folder["out/runs.jsonl"]), seconds: 120);

        var second = Factorytwin.Run(sweep);
        var (code, errors) = first.End(seconds: 300);

        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.Equal($"factorytwin: {folder["out"]}: another factorytwin is writing here now; wait for it to end, or choose another output folder\n", second.Errors);
        Assert.True(code == 0, errors);
        Assert.Equal(8, File.ReadAllLines(folder["out/runs.jsonl"]).Length);
    }

    [Fact]
    public void A_full_disk_while_tracing_is_an_output_error_naming_the_file_not_a_simulation_failure()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["out"]);
        // The trace is written to .trace.PID.tmp first; make that the device that is always full.
        File.CreateSymbolicLink(folder[$"out/.trace.{Environment.ProcessId}.tmp"], "/dev/full");
        File.WriteAllText(folder["out/.factorytwin"], "");

        var result = Factorytwin.Run("run", Factorytwin.Example("mm3-station.json"), "-r", "1", "--trace", "--out", folder["out"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("No space left on device", result.Errors, StringComparison.Ordinal);
        Assert.Contains(".trace.", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Process '", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Errors, StringComparison.Ordinal);
    }
}
