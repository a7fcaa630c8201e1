using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Traffic;

/// <summary>Waiting for a station's place is its own state, recorded where the robot queues, for exactly as long as the place is taken.</summary>
public sealed class DockQueueTests
{
    [Fact]
    public void A_robot_queues_for_a_taken_place_one_lane_from_it_until_the_robot_there_leaves()
    {
        // in – m1 – m2 – m3 – out, 5 m apart, and a bay off m2 where robots can pass each other. Two jobs at t = 0 at 'in'. Robot 1, on m1 (within two lanes, where a
        // place is booked), takes the first, books the place, drives there by t = 5 s and loads for 100 s. Robot 2, on
        // m3, takes the other: it drives to m2 by t = 5 s, finds the place taken, queues one lane from it, on m1, which
        // it reaches at t = 10 s, and waits there for the dock until robot 1 drives away at t = 105 s.
        var plan = TestPlans.FromJson("""
        {
          "formatVersion": 1, "name": "dock-queue", "seed": 1,
          "run": { "durationSeconds": 400 },
          "layout": { "graph": {
            "nodes": [ { "id": "in", "xMeters": 0, "yMeters": 0 }, { "id": "m1", "xMeters": 5, "yMeters": 0 },
                       { "id": "m2", "xMeters": 10, "yMeters": 0 }, { "id": "m3", "xMeters": 15, "yMeters": 0 }, { "id": "out", "xMeters": 20, "yMeters": 0 },
                       { "id": "bay", "xMeters": 10, "yMeters": 5 } ],
            "edges": [ { "from": "in", "to": "m1" }, { "from": "m1", "to": "m2" }, { "from": "m2", "to": "m3" }, { "from": "m3", "to": "out" }, { "from": "m2", "to": "bay" } ] } },
          "stations": [ { "id": "in", "kind": "source", "location": "in" }, { "id": "out", "kind": "sink", "location": "out" } ],
          "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
          "demand": [ { "product": "part", "scheduleSeconds": [0, 0] } ],
          "robots": [ { "id": "amr", "kind": "amr", "count": 2, "start": [ "m1", "m3" ], "speedMetersPerSecond": 1, "loadSeconds": 100, "unloadSeconds": 0 } ]
        }
        """);
        var history = new StateHistory();

        var metrics = ReplicationRunner.Run(plan, 0, [history]).Metrics.ToDictionary(m => m.Name, m => m.Value);

        var layout = plan.Layout!;
        var changes = history.Of(history.Find("amr-2").Index).ToList();
        var queued = changes.FindIndex(c => c.State == ElementState.WaitingDock && layout.Nodes[c.Node].Id == "m1");
        Assert.True(queued >= 0, string.Join("; ", changes.Select(c => $"{c.Time}: {c.State} at {layout.Nodes[c.Node].Id}")));
        Assert.Equal(10, changes[queued].Time, 9);
        Assert.Equal(105, changes[queued + 1].Time, 9);
        Assert.True(metrics["jobs.finished"] >= 1, "robot 1 never delivered the job it loaded");
        Assert.Equal(0, metrics["fleet.amr.waitingChargerFraction"]);
        Assert.Empty(new TrafficAudit(plan, history, plan.Run.DurationSeconds).Violations());
    }
}
