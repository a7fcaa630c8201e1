using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Statistics;
using FactoryTwin.Experiments.Tests.Support;

namespace FactoryTwin.Experiments.Tests.Statistics;

public sealed class ComparisonTests
{
    [Fact]
    public void Common_random_numbers_make_the_difference_between_similar_layouts_far_less_noisy()
    {
        // Two M/M/1 stations, the second serving 5% faster. With common random numbers both draw the same arrivals and
        // service times (same stream names, same replication); with independent streams they do not.
        using var folder = new TemporaryFolder();
        var slow = Alternatives.Build("slow", folder.Write("slow.json", Lines.MM1(0.7, 1.0, 20_000, 1_000)), []).Alternative!.Plan;
        var fast = Alternatives.Build("fast", folder.Write("fast.json", Lines.MM1(0.7, 1.05, 20_000, 1_000)), []).Alternative!.Plan;

        var common = Differences(slow with { Seed = 7 }, fast with { Seed = 7 });
        var independent = Differences(slow with { Seed = 7 }, fast with { Seed = 8 });

        var ratio = Variance(common) / Variance(independent);
        Assert.True(ratio < 0.3, $"variance with common random numbers / independent = {ratio:F3}");
    }

    [Fact]
    public void A_second_machine_at_the_bottleneck_is_a_significant_improvement()
    {
        // A line of 1 h, 3 h and 1 h stations holding 6 jobs: the middle one is the bottleneck (rb = 1/3 per hour).
        using var folder = new TemporaryFolder();
        var file = folder.Write("line.json", Lines.ThreeStations(1, 3, 1, wip: 6));
        var baseline = Alternatives.Build("one", file, []).Alternative!;
        var better = Alternatives.Build("two", file, [new Setting("stations[2].machines", 2)]).Alternative!;
        var experiment = new Experiment("compare", [baseline, better], Seed: 11, Replications: 10);

        var comparison = Comparison.Of(ExperimentRunner.Run(experiment, folder["out"], 2, Shard.All, resume: false));

        var throughput = comparison.Metrics.Single(m => m.Name == "throughput.jobsPerHour");
        var difference = throughput.Differences[1]!;
        Assert.True(difference.Significant);
        Assert.True(difference.Interval.Lower > 0, $"the improvement {difference.Interval} should be positive");
        Assert.Equal(1, comparison.Best("throughput.jobsPerHour", maximize: true));
    }

    [Fact]
    public void Two_identical_alternatives_show_no_significant_difference()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("line.json", Lines.ThreeStations(1, 3, 1, wip: 6, replications: 5));
        var first = Alternatives.Build("first", file, []).Alternative!;
        var same = Alternatives.Build("same", file, [new Setting("description", "the same line again")]).Alternative!;
        var experiment = new Experiment("compare", [first, same], Seed: 11, Replications: 5);

        var comparison = Comparison.Of(ExperimentRunner.Run(experiment, folder["out"], 2, Shard.All, resume: false));

        Assert.All(comparison.Metrics, m => Assert.False(m.Differences[1]?.Significant ?? false, $"{m.Name} differs"));
        Assert.Equal(0, comparison.Metrics.Single(m => m.Name == "throughput.jobsPerHour").Differences[1]!.Interval.Mean);
    }

    [Fact]
    public void With_more_than_two_alternatives_the_differences_are_Bonferroni_corrected()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("line.json", Lines.ThreeStations(1, 3, 1, wip: 6, replications: 3));
        var alternatives = Enumerable.Range(1, 3).Select(m => Alternatives.Build($"m{m}", file, [new Setting("stations[2].machines", m)]).Alternative!).ToList();
        var experiment = new Experiment("compare", alternatives, Seed: 11, Replications: 3);

        var outcome = ExperimentRunner.Run(experiment, folder["out"], 2, Shard.All, resume: false);
        var comparison = Comparison.Of(outcome);

        // Two differences at a joint 95%: each at 1 − 0.05 / 2, so the half-width is t(0.9875; 2 df)·s/√3. With 2 degrees
        // of freedom the t distribution's CDF is 1/2 + t / (2√(2 + t²)); setting it to 0.9875 gives t = √(1.90125 / 0.049375).
        Assert.Equal(0.975, comparison.DifferenceLevel, precision: 12);
        var t = Math.Sqrt(1.90125 / 0.049375);
        var row = comparison.Metrics.Single(m => m.Name == "cycleTime.meanSeconds");
        for (var a = 1; a < 3; a++)
        {
            var differences = outcome.Of(a).Zip(outcome.Of(0), (x, baseline) => Value(x) - Value(baseline)).ToList();
            var expected = t * Math.Sqrt(Variance(differences) / differences.Count);
            Assert.True(expected > 0, "the alternatives must differ for the check to mean anything");
            Assert.Equal(expected, row.Differences[a]!.Interval.HalfWidth, precision: 9);
            Assert.Equal(differences.Average(), row.Differences[a]!.Interval.Mean, precision: 9);
        }
    }

    private static double Value(Storage.RunLine run) => run.Metrics.Single(m => m.Name == "cycleTime.meanSeconds").Value;

    private static List<double> Differences(FactoryPlan a, FactoryPlan b) =>
        [.. Enumerable.Range(0, 20).Select(r => Wait(ReplicationRunner.Run(b, r)) - Wait(ReplicationRunner.Run(a, r)))];

    private static double Wait(ReplicationResult result) => result.Metrics.Single(m => m.Name == "cycleTime.meanSeconds").Value;

    private static double Variance(List<double> values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }
}
