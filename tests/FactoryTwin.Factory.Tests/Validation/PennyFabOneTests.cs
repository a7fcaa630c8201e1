using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Validation;

/// <summary>
/// Penny Fab One run as a CONWIP line reproduces the Factory Physics laws (VALIDATION.md section 2): the best case
/// exactly with deterministic times, the practical worst case within its confidence interval with exponential times.
/// </summary>
/// <remarks>
/// <para>Four stations in a line, one machine each, t = 2 h per job: raw process time T0 = 8 h, bottleneck rate
/// rb = 0.5 jobs/h, critical WIP W0 = rb·T0 = 4 jobs.</para>
/// <para>Deterministic line: every event happens at a whole multiple of t = 2 h, and once the w jobs released at
/// t = 0 have gone through (by 8 + 2(w − 1) h ≤ 30 h), the completions repeat with period T0 = 8 h, TH·T0 of them
/// per period, each job taking exactly CT. The warm-up (101 h) and the end (501 h) fall on odd hours, where nothing
/// happens, and the measured 400 h are 50 whole periods, so the count of completions, and with it the throughput,
/// is exact: no job straddles a boundary in a way that could be counted or not.</para>
/// <para>Exponential line: 20 replications of 2 000 h after a 100 h warm-up (seed 1), about 570 completions each at
/// w = 4; the intervals come out at about ±1%, and each case takes under a second. Over seeds 1–100 with these
/// settings the standardised errors (mean − exact)/(s/√n) had the spread of Student's t for every w, and 4 to 8 of
/// the 100 intervals missed for each w and metric, as chance gives at 95%. The cycle time's errors are centred at
/// z ≈ +0.2 rather than 0 (throughput's at −0.05 to −0.2): the mean cycle time of a finite window is the sum of the
/// cycle times over the N jobs finished, with N random, and E[1/N] > 1/E[N] gives an O(1/N) upward bias, here
/// about 0.1%; a four times longer run brings it to z ≈ +0.07 (w = 4, 60 seeds).</para>
/// </remarks>
public sealed class PennyFabOneTests
{
    private const double Hours = 3600;
    private const int Stations = 4;
    private const double ProcessHours = 2;
    private const double MaxRelativeHalfWidth = 0.05;

    /// <summary>T0: the sum of the mean process times.</summary>
    private static double RawProcessHours => Stations * ProcessHours;

    /// <summary>rb: the rate of the slowest station (all are equal here).</summary>
    private static double BottleneckRate => 1 / ProcessHours;

    /// <summary>W0 = rb·T0.</summary>
    private static double CriticalWip => BottleneckRate * RawProcessHours;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(12)]
    public void A_deterministic_line_has_exactly_the_best_case_throughput_and_cycle_time(int wip)
    {
        var plan = PennyFabScenario.Plan(wip, PennyFabScenario.Deterministic, durationSeconds: 501 * Hours, warmupSeconds: 101 * Hours, seed: 1);

        AssertBestCase(wip, plan);
    }

    /// <summary>
    /// With the warm-up (80 h) and the end (480 h) on completions, the window counts the completions in
    /// [warm-up, end): those at the warm-up count, those at the end are not simulated yet. Still 50 whole periods.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(12)]
    public void A_deterministic_line_has_exactly_the_best_case_also_when_the_window_starts_and_ends_on_a_completion(int wip)
    {
        var plan = PennyFabScenario.Plan(wip, PennyFabScenario.Deterministic, durationSeconds: 480 * Hours, warmupSeconds: 80 * Hours, seed: 1);

        AssertBestCase(wip, plan);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(12)]
    public void An_exponential_line_has_the_practical_worst_case_throughput_and_cycle_time(int wip)
    {
        var plan = PennyFabScenario.Plan(wip, PennyFabScenario.Exponential, durationSeconds: 2_100 * Hours, warmupSeconds: 100 * Hours, seed: 1);
        var throughput = wip / (CriticalWip + wip - 1) * BottleneckRate;
        var cycleHours = RawProcessHours + ((wip - 1) / BottleneckRate);

        var runs = Replications.Run(plan, 20);

        Replications.AssertInsideNarrowInterval(throughput, runs.Summary("throughput.jobsPerHour"), MaxRelativeHalfWidth);
        Replications.AssertInsideNarrowInterval(cycleHours, Replications.Of("cycle time (h)", [.. runs.Values("cycleTime.meanSeconds").Select(s => s / Hours)]), MaxRelativeHalfWidth);
    }

    [Fact]
    public void The_formulas_reproduce_the_Penny_Fab_One_table()
    {
        int[] wips = [1, 2, 4, 6, 8, 12];

        var best = wips.Select(w => (Math.Min(w / RawProcessHours, BottleneckRate), Math.Max(RawProcessHours, w / BottleneckRate))).ToArray();
        var practicalWorst = wips.Select(w => (Math.Round(w / (CriticalWip + w - 1) * BottleneckRate, 6), RawProcessHours + ((w - 1) / BottleneckRate))).ToArray();

        Assert.Equal(4, CriticalWip);
        Assert.Equal(new (double, double)[] { (0.125, 8), (0.25, 8), (0.5, 8), (0.5, 12), (0.5, 16), (0.5, 24) }, best);
        Assert.Equal(new (double, double)[] { (0.125, 8), (0.2, 10), (0.285714, 14), (0.333333, 18), (0.363636, 22), (0.4, 30) }, practicalWorst);
    }

    private static void AssertBestCase(int wip, FactoryPlan plan)
    {
        var throughput = Math.Min(wip / RawProcessHours, BottleneckRate);
        var cycleHours = Math.Max(RawProcessHours, wip / BottleneckRate);

        var metrics = ReplicationRunner.Run(plan, 0).Metrics.ToDictionary(m => m.Name, m => m.Value);

        AssertRelative(throughput, metrics["throughput.jobsPerHour"], "throughput (jobs/h)");
        AssertRelative(cycleHours, metrics["cycleTime.meanSeconds"] / Hours, "mean cycle time (h)");
        AssertRelative(cycleHours, metrics["cycleTime.maxSeconds"] / Hours, "longest cycle time (h)");
        AssertRelative(wip, metrics["wip.meanJobs"], "mean WIP (jobs)");
        AssertRelative(throughput * ProcessHours, metrics["station.punch.busyFraction"], "busy fraction of the first station");
    }

    private static void AssertRelative(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Abs(expected), $"{what}: expected exactly {expected:R}, got {actual:R}.");
}
