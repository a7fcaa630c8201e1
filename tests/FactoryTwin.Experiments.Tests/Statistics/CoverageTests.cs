using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Statistics;
using FactoryTwin.Experiments.Tests.Support;

namespace FactoryTwin.Experiments.Tests.Statistics;

/// <summary>The confidence intervals mean what they say: a 95% interval contains the truth about 95% of the time.</summary>
public sealed class CoverageTests
{
    [Fact]
    public void The_95_percent_interval_of_an_MM1_mean_cycle_time_contains_the_exact_value_in_90_to_99_percent_of_experiments()
    {
        // M/M/1 with λ = 0.5/s and μ = 1/s: the mean time in the system is W = 1 / (μ − λ) = 2 s.
        const double exact = 1 / (1.0 - 0.5);
        const int experiments = 200;
        using var folder = new TemporaryFolder();
        var plan = Alternatives.Build("mm1", folder.Write("mm1.json", Lines.MM1(0.5, 1, durationSeconds: 2_200, warmupSeconds: 200)), []).Alternative!.Plan;

        var covered = 0;
        for (var experiment = 0; experiment < experiments; experiment++)
        {
            var seeded = plan with { Seed = 1_000 + experiment };
            var replications = Enumerable.Range(0, 10).Select(r => ReplicationRunner.Run(seeded, r).Metrics).ToList();
            var cycleTime = Summaries.Of(replications).Single(m => m.Name == "cycleTime.meanSeconds");
            if (cycleTime.Lower <= exact && exact <= cycleTime.Upper)
                covered++;
        }

        var coverage = (double)covered / experiments;
        Assert.InRange(coverage, 0.90, 0.99);
    }
}
