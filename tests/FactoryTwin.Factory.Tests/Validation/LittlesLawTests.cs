using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Validation;

/// <summary>
/// Little's law, WIP = TH × CT, holds between the metrics the simulator reports (mean WIP in jobs, throughput in
/// jobs/h, mean cycle time in seconds), replication by replication, up to the statistical error.
/// </summary>
/// <remarks>
/// Over a finite window the law is off by the jobs that straddle its ends: the time before the warm-up of the jobs
/// that finish inside it counts in TH·CT but not in WIP, and the time of the jobs still in the factory at the end
/// counts in WIP but not in TH·CT. In a stationary run the two have the same mean, so the difference
/// WIP − TH·CT over the replications has mean 0: its 95% interval must contain 0, and be narrow next to the WIP
/// (under ±1%), so the check could fail. Seeds and lengths are those of the other validation tests (Penny Fab: seed 1,
/// 20 replications of 2 000 h; M/M/3: the example as it is, 10 replications of 380 000 s).
/// </remarks>
public sealed class LittlesLawTests
{
    private const double SecondsPerHour = 3600;
    private const double MaxRelativeError = 0.01;

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void WIP_equals_throughput_times_cycle_time_on_the_exponential_Penny_Fab_line(int wip)
    {
        var plan = PennyFabScenario.Plan(wip, PennyFabScenario.Exponential, durationSeconds: 2_100 * SecondsPerHour, warmupSeconds: 100 * SecondsPerHour, seed: 1);

        var runs = Replications.Run(plan, 20);

        Assert.All(runs.Values("wip.meanJobs"), v => Assert.Equal(wip, v, 1e-9)); // CONWIP holds exactly w jobs at all times
        AssertLittlesLaw(runs);
    }

    [Fact]
    public void WIP_equals_throughput_times_cycle_time_at_the_open_MM3_station()
    {
        var plan = TestPlans.Example("mm3-station.json");

        var runs = Replications.Run(plan, plan.Run.Replications);

        AssertLittlesLaw(runs);
    }

    private static void AssertLittlesLaw(Replications runs)
    {
        var wip = runs.Values("wip.meanJobs");
        var throughputPerSecond = runs.Values("throughput.jobsPerHour").Select(th => th / SecondsPerHour).ToArray();
        var cycleSeconds = runs.Values("cycleTime.meanSeconds");
        var difference = Replications.Of("WIP − TH·CT (jobs)", [.. wip.Select((w, r) => w - (throughputPerSecond[r] * cycleSeconds[r]))]);
        var meanWip = wip.Average();

        Assert.True(difference.Lower <= 0 && difference.Upper >= 0,
            $"WIP − TH·CT = {difference.Mean:G4} ± {difference.HalfWidth:G3} jobs (95%, n = {difference.Count}) excludes 0; mean WIP {meanWip:G6} jobs.");
        Assert.True(Math.Abs(difference.Mean) < MaxRelativeError * meanWip, $"WIP − TH·CT = {difference.Mean:G4} jobs is not small next to the mean WIP {meanWip:G6} jobs.");
        Assert.True(difference.HalfWidth < MaxRelativeError * meanWip, $"the interval of WIP − TH·CT, ± {difference.HalfWidth:G3} jobs, is too wide next to the mean WIP {meanWip:G6} jobs to catch an error.");
    }
}
