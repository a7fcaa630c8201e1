using System.Globalization;
using FactoryTwin.Des;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.Metrics;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Traffic;

/// <summary>A stuck fleet is either freed or reported: crowded small floors keep working, and a robot held up for good is counted as stalled and named in a warning.</summary>
public sealed class LivenessTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Three_robots_on_five_nodes_with_one_charger_never_freeze_silently(int replication)
    {
        // Two places that are not a station's for three robots, the source and the charger at the ends of spurs, and
        // every robot charges every few jobs: robots must make way for each other all the time, and some orders of
        // arrival leave a sliding puzzle that robots moving one node at a time cannot always solve. Either the fleet
        // keeps working to the end of the shift, or the freeze is reported: a warning and a gridlock counted each time.
        var plan = TestPlans.FromJson("""
        {
          "formatVersion": 1, "name": "five-nodes", "seed": 4,
          "run": { "durationSeconds": 28800 },
          "layout": { "graph": {
            "nodes": [ { "id": "in", "xMeters": 0, "yMeters": 0 }, { "id": "mid", "xMeters": 5, "yMeters": 0 }, { "id": "out", "xMeters": 10, "yMeters": 0 },
                       { "id": "hub", "xMeters": 5, "yMeters": 5 }, { "id": "dock", "xMeters": 5, "yMeters": 10 } ],
            "edges": [ { "from": "in", "to": "mid" }, { "from": "mid", "to": "out" }, { "from": "mid", "to": "hub" }, { "from": "hub", "to": "dock" } ] } },
          "stations": [
            { "id": "in", "kind": "source", "location": "in" },
            { "id": "out", "kind": "sink", "location": "out" },
            { "id": "charger", "kind": "charger", "location": "dock" }
          ],
          "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
          "demand": [ { "product": "part", "interarrivalTime": { "exponential": { "meanSeconds": 40 } } } ],
          "robots": [ {
            "id": "amr", "kind": "amr", "count": 3, "start": [ "in", "mid", "hub" ], "speedMetersPerSecond": 1, "loadSeconds": 5, "unloadSeconds": 5,
            "battery": { "capacityWattHours": 1, "drainWattHoursPerMeter": 0.001, "chargeWatts": 20, "chargeThresholdPercent": 40 }
          } ]
        }
        """);
        var history = new StateHistory();
        var warnings = new List<string>();

        var metrics = ReplicationRunner.Run(plan, replication, [history], warnings: warnings.Add).Metrics.ToDictionary(m => m.Name, m => m.Value);

        var lastFinish = history.Elements.Where(e => e.Kind == ElementKind.Job).Select(e => history.Of(e.Index)[^1])
            .Where(c => c.State == ElementState.Done).Select(c => c.Time).DefaultIfEmpty(0).Max();
        var keptWorking = lastFinish > plan.Run.DurationSeconds - 600;
        Assert.True(keptWorking || (warnings.Count > 0 && metrics["fleet.amr.gridlocks"] > 0),
            $"the last job finished at t={lastFinish}, with no warning and {metrics["fleet.amr.gridlocks"]} gridlocks");
        Assert.Equal(warnings.Count, metrics["fleet.amr.gridlocks"]); // one warning per episode of no progress
        Assert.Empty(new TrafficAudit(plan, history, plan.Run.DurationSeconds).Violations());
    }

    [Fact]
    public void A_robot_held_up_for_good_is_counted_as_stalled_and_its_fleet_is_reported_once()
    {
        // in – mid – out in a line. A slow robot takes the job released at 'mid' and loads it for far longer than the
        // run; the other takes the job at 'in', loads it (t = 0 to 2 s) and then cannot pass. It waits for traffic from
        // t = 2 s to the end, so it is stalled from t = 2 + 30 s. Its last progress is at t = 2 s, when it is near
        // enough to 'out' (two lanes) to book it; the watch, every 60 s, sees 600 s without progress at t = 660 s.
        var plan = TestPlans.FromJson("""
        {
          "formatVersion": 1, "name": "held-up", "seed": 1,
          "run": { "durationSeconds": 3600 },
          "traffic": { "stallSeconds": 30, "noProgressWarningSeconds": 600 },
          "layout": { "graph": {
            "nodes": [ { "id": "in", "xMeters": 0, "yMeters": 0 }, { "id": "mid", "xMeters": 5, "yMeters": 0 }, { "id": "out", "xMeters": 10, "yMeters": 0 } ],
            "edges": [ { "from": "in", "to": "mid" }, { "from": "mid", "to": "out" } ] } },
          "stations": [
            { "id": "in", "kind": "source", "location": "in" },
            { "id": "mid", "kind": "source", "location": "mid" },
            { "id": "out", "kind": "sink", "location": "out" }
          ],
          "products": [
            { "id": "a", "routing": [ { "station": "in" }, { "station": "out" } ] },
            { "id": "b", "routing": [ { "station": "mid" }, { "station": "out" } ] }
          ],
          "demand": [ { "product": "a", "scheduleSeconds": [0] }, { "product": "b", "scheduleSeconds": [0] } ],
          "robots": [
            { "id": "amr", "kind": "amr", "count": 1, "start": [ "in" ], "speedMetersPerSecond": 1, "loadSeconds": 2, "unloadSeconds": 2 },
            { "id": "slow", "kind": "amr", "count": 1, "start": [ "mid" ], "speedMetersPerSecond": 1, "loadSeconds": 100000, "unloadSeconds": 2 }
          ]
        }
        """);
        var warnings = new List<string>();

        var metrics = ReplicationRunner.Run(plan, 0, warnings: warnings.Add).Metrics.ToDictionary(m => m.Name, m => m.Value);

        Assert.Equal(0, metrics["jobs.finished"]);
        Assert.Equal(3600 - 2 - 30, metrics["fleet.amr.stalledSeconds"], 1e-9);
        Assert.Equal((3600 - 2) / 3600.0, metrics["fleet.amr.waitingTrafficFraction"], 1e-9);
        Assert.Equal(1, metrics["fleet.amr.gridlocks"]);
        Assert.Equal(0, metrics["fleet.slow.gridlocks"]);
        var warning = Assert.Single(warnings);
        Assert.Equal("fleet amr: no robot came closer to its goal from t=2 s to t=660 s; 1 robot(s) on their way: amr-1 at in for out, blocked by slow-1 (loading, at mid)", warning);
    }

    [Fact]
    public void The_job_shop_keeps_up_with_demand_in_every_shift_and_never_gridlocks()
    {
        var plan = TestPlans.Example("job-shop.json");

        var results = Enumerable.Range(0, 6).AsParallel().Select(r => ReplicationRunner.Run(plan, r)).ToList();

        Assert.All(results, r => Assert.Equal(0, r.Metrics.Single(m => m.Name == "fleet.amr.gridlocks").Value));
        // Demand is 3600/300 + 3600/420 = 20.6 jobs/h; every replication keeps up with it within its randomness.
        Assert.All(results, r => Assert.InRange(r.Metrics.Single(m => m.Name == "throughput.jobsPerHour").Value, 15, 27));
    }
}
