using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Traffic;

/// <summary>On the job shop's narrow floor robots do wait for each other in cycles; the traffic layer breaks every cycle and the work goes on.</summary>
public sealed class DeadlockTests
{
    [Fact]
    public void Deadlocks_on_the_job_shop_floor_are_resolved_counted_and_the_work_goes_on()
    {
        var plan = TestPlans.Example("job-shop.json");

        var results = Enumerable.Range(0, 6).AsParallel().Select(r => ReplicationRunner.Run(plan, r)).ToList();

        var deadlocks = results.Sum(r => r.Metrics.Single(m => m.Name == "fleet.amr.deadlocks").Value);
        var finished = results.Select(r => r.Metrics.Single(m => m.Name == "throughput.jobsPerHour").Value).ToList();
        Assert.True(deadlocks > 0, "no deadlock arose in six shifts: this test no longer exercises their resolution");
        // Demand is 3600/300 + 3600/420 = 20.6 jobs/h; every replication keeps up with it within its randomness.
        Assert.All(finished, throughput => Assert.InRange(throughput, 15, 27));
    }
}
