using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Output;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Experiments.Tests.Running;

/// <summary>Results do not depend on how the runs were carried out: in parallel or not, stopped and resumed, or split over machines.</summary>
public sealed class ExperimentRunnerTests
{
    [Fact]
    public void One_or_two_runs_at_once_give_byte_identical_results()
    {
        using var folder = new TemporaryFolder();
        var experiment = Sweep(folder);

        Write(experiment, folder["one"], parallel: 1);
        Write(experiment, folder["two"], parallel: 2);

        Assert.Equal(File.ReadAllBytes(Path.Combine(folder["one"], "sweep.json")), File.ReadAllBytes(Path.Combine(folder["two"], "sweep.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder["one"], "sweep.csv")), File.ReadAllBytes(Path.Combine(folder["two"], "sweep.csv")));
    }

    [Fact]
    public void A_sweep_stopped_half_way_and_resumed_gives_the_same_results_and_runs_nothing_twice()
    {
        using var folder = new TemporaryFolder();
        var experiment = Sweep(folder);
        Write(experiment, folder["straight"], parallel: 2);
        using var stop = new CancellationTokenSource();

        var first = ExperimentRunner.Run(experiment, folder["stopped"], 1, Shard.All, resume: false,
            progress: p => { if (p.Finished >= 5) stop.Cancel(); }, cancellation: stop.Token);
        var second = ExperimentRunner.Run(experiment, folder["stopped"], 2, Shard.All, resume: true);
        ResultFiles.Write(folder["stopped"], second);

        Assert.False(first.Complete);
        Assert.InRange(first.Runs.Count, 5, 6);
        Assert.True(second.Complete);
        var stored = File.ReadAllLines(Path.Combine(folder["stopped"], "runs.jsonl"));
        Assert.Equal(experiment.Alternatives.Count * experiment.Replications, stored.Length);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder["straight"], "sweep.json")), File.ReadAllBytes(Path.Combine(folder["stopped"], "sweep.json")));
    }

    [Fact]
    public void Shards_merged_equal_the_unsharded_run()
    {
        using var folder = new TemporaryFolder();
        var experiment = Sweep(folder);
        Write(experiment, folder["all"], parallel: 2);

        var shards = Enumerable.Range(1, 3).Select(i => folder[$"shard-{i}"]).ToList();
        for (var i = 0; i < 3; i++)
            ExperimentRunner.Run(experiment, shards[i], 1, new Shard(i + 1, 3), resume: false);
        var (merged, problems) = Merge.Run(shards, folder["merged"]);
        ResultFiles.Write(folder["merged"], merged!);

        Assert.Empty(problems);
        Assert.True(merged!.Complete);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder["all"], "sweep.json")), File.ReadAllBytes(Path.Combine(folder["merged"], "sweep.json")));
    }

    [Fact]
    public void Merging_folders_of_different_experiments_is_refused()
    {
        using var folder = new TemporaryFolder();
        var experiment = Sweep(folder);
        ExperimentRunner.Run(experiment, folder["a"], 2, new Shard(1, 2), resume: false);
        ExperimentRunner.Run(experiment with { Seed = experiment.Seed + 1 }, folder["b"], 2, new Shard(2, 2), resume: false);

        var (merged, problems) = Merge.Run([folder["a"], folder["b"]], folder["merged"]);

        Assert.Null(merged);
        Assert.StartsWith($"{folder["b"]}: holds another experiment than {folder["a"]}", problems[0]);
    }

    [Fact]
    public void Resuming_in_a_folder_of_another_experiment_is_refused()
    {
        using var folder = new TemporaryFolder();
        var experiment = Sweep(folder);
        ExperimentRunner.Run(experiment, folder["out"], 2, Shard.All, resume: false);

        var error = Assert.Throws<InvalidDataException>(() => ExperimentRunner.Run(experiment with { Seed = 99 }, folder["out"], 2, Shard.All, resume: true));

        Assert.Contains("holds the results of another experiment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_run_stops_the_others()
    {
        using var folder = new TemporaryFolder();
        var experiment = Sweep(folder);

        var error = Assert.ThrowsAny<Exception>(() =>
            ExperimentRunner.Run(experiment, folder["out"], 2, Shard.All, resume: false, trace: _ => new FailingObserver()));

        Assert.Contains(FailingObserver.Message, error.ToString(), StringComparison.Ordinal);
        // The other worker stops soon after (a run or a few, on a busy machine: 4 were seen in CI); without the stop it would
        // write all 17 others (only run (0, 0) is traced, and fails).
        Assert.InRange(File.ReadAllLines(Path.Combine(folder["out"], "runs.jsonl")).Length, 0, 6);
    }

    [Fact]
    public void The_sequential_procedure_adds_replications_until_the_interval_is_narrow_enough()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("line.json", Lines.ThreeStations(1, 2, 1, wip: 4, replications: 3));
        var experiment = new Experiment("run", [Alternatives.Build("line", file, []).Alternative!], Seed: 5, Replications: 3);

        var (outcome, reached) = Precision.Run(experiment, folder["out"], "throughput.jobsPerHour", 0.01, 100, 2, false, null, null, null, null, CancellationToken.None);

        var summary = FactoryTwin.Experiments.Statistics.Summaries.Of([.. outcome.Of(0).Select(r => r.Metrics)]).Single(m => m.Name == "throughput.jobsPerHour");
        Assert.True(reached);
        Assert.True(summary.RelativeHalfWidth <= 0.01);
        Assert.InRange(outcome.Runs.Count, 4, 100);
    }

    /// <summary>A 2 × 3 grid of a small line, three replications each: 18 runs.</summary>
    internal static Experiment Sweep(TemporaryFolder folder)
    {
        var file = folder.Write("line.json", Lines.ThreeStations(1, 2, 1, wip: 3, replications: 3).Replace("2000000", "300000", StringComparison.Ordinal));
        var points = new List<Alternative>();
        foreach (var machines in new[] { 1, 2 })
        {
            foreach (var wip in new[] { 2, 4, 8 })
                points.Add(Alternatives.Build($"m{machines}-w{wip}", file, [new Setting("stations[2].machines", machines), new Setting("demand[0].conwip", wip)]).Alternative!);
        }
        return new Experiment("sweep", points, Seed: 21, Replications: 3);
    }

    private static void Write(Experiment experiment, string folder, int parallel) =>
        ResultFiles.Write(folder, ExperimentRunner.Run(experiment, folder, parallel, Shard.All, resume: false));

    /// <summary>Stands for a run that fails late: it throws at the first change after 250,000 simulated seconds (of 300,000).</summary>
    private sealed class FailingObserver : IStateObserver
    {
        public const string Message = "this run fails on purpose";

        public void OnElement(Element element)
        {
        }

        public void OnChange(in StateChange change)
        {
            if (change.Time > 250_000)
                throw new InvalidOperationException(Message);
        }
    }
}
