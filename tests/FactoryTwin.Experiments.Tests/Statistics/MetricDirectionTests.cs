using FactoryTwin.Experiments.Statistics;

namespace FactoryTwin.Experiments.Tests.Statistics;

/// <summary>Which way is better for a metric: what compare's and sweep's --goal default to, and how the comparison report colours a difference.</summary>
public sealed class MetricDirectionTests
{
    [Theory]
    [InlineData("throughput.jobsPerHour", 1)]
    [InlineData("throughput.cover.jobsPerHour", 1)]
    [InlineData("station.oven.jobsPerHour", 1)]
    [InlineData("station.oven.utilisation", 1)]
    [InlineData("crew.setter.utilisation", 1)]
    [InlineData("jobs.finished", 1)]
    [InlineData("cycleTime.meanSeconds", -1)]
    [InlineData("wip.meanJobs", -1)]
    [InlineData("station.oven.waitMeanSeconds", -1)]
    [InlineData("station.oven.inputQueueMeanJobs", -1)]
    [InlineData("station.oven.blockingProbability", -1)]
    [InlineData("jobs.lost", -1)]
    [InlineData("jobs.scrapped", -1)]
    [InlineData("fleet.amr.deadlocks", -1)]
    [InlineData("fleet.amr.energyWattHours", -1)]
    [InlineData("fleet.amr.idleFraction", 0)]
    [InlineData("fleet.amr.chargingFraction", 0)]
    [InlineData("jobs.started", 0)]
    [InlineData("station.waiting-bay.starvedFraction", 0)]
    [InlineData("station.throughput-cell.idleFraction", 0)]
    public void A_metric_is_better_higher_lower_or_neither(string metric, int direction)
    {
        Assert.Equal(direction, Comparison.Direction(metric));
        Assert.Equal(direction > 0, Comparison.MoreIsBetter(metric));
    }
}
