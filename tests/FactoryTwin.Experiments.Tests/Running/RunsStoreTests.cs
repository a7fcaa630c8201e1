using FactoryTwin.Experiments.Output;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Storage;
using FactoryTwin.Experiments.Tests.Support;

namespace FactoryTwin.Experiments.Tests.Running;

/// <summary>The runs store after a crash, a damaged file or a second writer; merge counting exactly the experiment's runs.</summary>
public sealed class RunsStoreTests
{
    [Fact]
    public void A_last_line_cut_short_is_dropped_and_its_run_is_run_again_on_resume()
    {
        using var folder = new TemporaryFolder();
        var experiment = ExperimentRunnerTests.Sweep(folder);
        var straight = ExperimentRunner.Run(experiment, folder["straight"], 2, Shard.All, resume: false);
        ResultFiles.Write(folder["straight"], straight);
        // A crash (or a full disk) in the middle of writing the sixth line: five whole lines and half of one.
        var lines = File.ReadAllLines(Path.Combine(folder["straight"], RunsStore.FileName));
        Directory.CreateDirectory(folder["torn"]);
        File.WriteAllText(Path.Combine(folder["torn"], RunsStore.FileName), string.Join("\n", lines[..5]) + "\n" + lines[5][..(lines[5].Length / 2)]);
        File.Copy(Path.Combine(folder["straight"], ExperimentManifest.FileName), Path.Combine(folder["torn"], ExperimentManifest.FileName));

        var resumed = ExperimentRunner.Run(experiment, folder["torn"], 2, Shard.All, resume: true);
        ResultFiles.Write(folder["torn"], resumed);

        Assert.True(resumed.Complete);
        var stored = File.ReadAllLines(Path.Combine(folder["torn"], RunsStore.FileName));
        Assert.Equal(18, stored.Length);
        Assert.Equal(18, RunsStore.Read(folder["torn"]).Count); // the run after the cut is a line of its own, not glued to the half line
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder["straight"], "sweep.json")), File.ReadAllBytes(Path.Combine(folder["torn"], "sweep.json")));
    }

    [Fact]
    public void A_damaged_line_before_the_last_is_an_error_naming_the_file_and_line()
    {
        using var folder = new TemporaryFolder();
        var experiment = ExperimentRunnerTests.Sweep(folder);
        ExperimentRunner.Run(experiment, folder["out"], 2, Shard.All, resume: false);
        var path = Path.Combine(folder["out"], RunsStore.FileName);
        var lines = File.ReadAllLines(path);
        lines[2] = "{\"alternative\": 0, \"na";
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var error = Assert.Throws<InvalidDataException>(() => ExperimentRunner.Run(experiment, folder["out"], 2, Shard.All, resume: true));

        Assert.StartsWith($"{path}: line 3 is not a finished run", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_writer_of_a_folder_is_refused_while_the_first_holds_it_and_a_marker_left_by_a_dead_one_is_no_lock()
    {
        using var folder = new TemporaryFolder();
        var (first, problem) = OutputFolder.Claim(folder["out"], force: false);
        Assert.Null(problem);

        var (second, refused) = OutputFolder.Claim(folder["out"], force: true);
        Assert.Null(second);
        Assert.Equal($"{folder["out"]}: another factorytwin is writing here now; wait for it to end, or choose another output folder", refused);

        first!.Dispose(); // as the operating system does when the process dies: the marker stays, its lock goes
        var (third, after) = OutputFolder.Claim(folder["out"], force: false);
        using (third)
            Assert.Null(after);
        Assert.True(File.Exists(Path.Combine(folder["out"], OutputFolder.MarkerName)));
    }

    [Fact]
    public void A_folder_with_files_of_someone_else_is_refused_unless_forced_and_a_file_is_no_folder()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder["theirs"]);
        File.WriteAllText(Path.Combine(folder["theirs"], "thesis.tex"), "years of work");
        File.WriteAllText(folder["file"], "a file");

        var (refused, problem) = OutputFolder.Claim(folder["theirs"], force: false);
        var (forced, none) = OutputFolder.Claim(folder["theirs"], force: true);
        forced?.Dispose();
        var (notFolder, isFile) = OutputFolder.Claim(folder["file"], force: true);

        Assert.Null(refused);
        Assert.Equal($"{folder["theirs"]}: is not empty and FactoryTwin did not write it (no .factorytwin file); choose another output folder, or add --force to write into it", problem);
        Assert.NotNull(forced);
        Assert.Null(none);
        Assert.Null(notFolder);
        Assert.Equal($"{folder["file"]}: is a file, not a folder; choose another output folder", isFile);
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(folder["theirs"], "thesis.tex")));
    }

    [Theory]
    [InlineData("/etc/cron.d", "etc-cron.d")]
    [InlineData("../../home/x", "home-x")]
    [InlineData("..", "scenario")]
    [InlineData(".hidden", "hidden")]
    [InlineData("Line 2 (night shift)", "Line-2-night-shift")]
    [InlineData("C:\\Windows\\System32", "C-Windows-System32")]
    [InlineData("", "scenario")]
    public void A_scenario_name_becomes_one_safe_folder_name(string name, string slug) => Assert.Equal(slug, OutputFolder.Slug(name));

    [Fact]
    public void Merge_refuses_a_missing_a_repeated_and_an_unfinished_shard_one_line_each()
    {
        using var folder = new TemporaryFolder();
        var experiment = ExperimentRunnerTests.Sweep(folder);
        var shards = Enumerable.Range(1, 3).Select(i => folder[$"shard-{i}"]).ToList();
        for (var i = 0; i < 3; i++)
            ExperimentRunner.Run(experiment, shards[i], 1, new Shard(i + 1, 3), resume: false);
        var unfinished = Path.Combine(shards[1], RunsStore.FileName);
        File.WriteAllLines(unfinished, File.ReadAllLines(unfinished)[..^1]);

        var (missing, whyMissing) = Merge.Run([shards[0], shards[1]], folder["m1"]);
        var (twice, whyTwice) = Merge.Run([shards[0], shards[0], shards[2]], folder["m2"]);

        Assert.Null(missing);
        Assert.Equal([$"{shards[1]}: shard 2/3 has 5 of its 6 runs; finish it with the same command and --resume", "shard 3/3 is missing; give the --out folder of the run with --shard 3/3"], whyMissing);
        Assert.Null(twice);
        Assert.Equal([$"{shards[0]}: is shard 1/3 again (so is {shards[0]}); give each shard once", "shard 2/3 is missing; give the --out folder of the run with --shard 2/3"], whyTwice);
    }

    [Fact]
    public void Merge_counts_only_the_runs_the_experiment_asks_for()
    {
        using var folder = new TemporaryFolder();
        var experiment = ExperimentRunnerTests.Sweep(folder);
        // Each shard's folder first held a run with more replications, then was resumed with fewer: the extra runs stay in runs.jsonl.
        var shards = Enumerable.Range(1, 2).Select(i => folder[$"shard-{i}"]).ToList();
        for (var i = 0; i < 2; i++)
        {
            ExperimentRunner.Run(experiment.WithReplications(5), shards[i], 2, new Shard(i + 1, 2), resume: false);
            ExperimentRunner.Run(experiment, shards[i], 2, new Shard(i + 1, 2), resume: true);
        }

        var (merged, problems) = Merge.Run(shards, folder["merged"]);

        Assert.Empty(problems);
        Assert.Equal(18, merged!.Runs.Count);
        Assert.Equal(18, merged.Wanted);
        Assert.All(merged.Runs, r => Assert.InRange(r.Replication, 0, 2));
        Assert.Equal(18, File.ReadAllLines(Path.Combine(folder["merged"], RunsStore.FileName)).Length);
    }
}
