using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Traffic;

/// <summary>Robots breaking down (a fleet's failures): a broken robot holds its node for exactly its repair time, its work pauses, and the fleet loses that share of its throughput.</summary>
public sealed class BreakdownTests
{
    // S – B – T – X, 5 m lanes (S, B, T going north, X to the west of T; Y to the east, where no robot goes unless a spare starts there). Robots drive 1 m/s and turn freely.
    // One job waits at T from t = 0; the robot starts on S, takes it to X.
    // With a spare, a second fleet of one robot at Y, 5 m east of T, that thinks 3 s over each decision.
    private static string Line(string failures, double loadSeconds = 0, double durationSeconds = 1200, bool spare = false) => $$"""
    {
      "formatVersion": 1, "name": "breakdown", "seed": 1,
      "run": { "durationSeconds": {{durationSeconds}} },
      "layout": { "graph": {
        "nodes": [ { "id": "S", "xMeters": 0, "yMeters": 0 }, { "id": "B", "xMeters": 0, "yMeters": 5 }, { "id": "T", "xMeters": 0, "yMeters": 10 },
                   { "id": "X", "xMeters": -5, "yMeters": 10 }, { "id": "Y", "xMeters": 5, "yMeters": 10 } ],
        "edges": [ { "from": "S", "to": "B" }, { "from": "B", "to": "T" }, { "from": "T", "to": "X" }, { "from": "T", "to": "Y" } ] } },
      "stations": [ { "id": "in", "kind": "source", "location": "T" }, { "id": "out", "kind": "sink", "location": "X" } ],
      "products": [ { "id": "p", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
      "demand": [ { "product": "p", "scheduleSeconds": [0] } ],
      "robots": [ { "id": "amr", "kind": "amr", "count": 1, "start": [ "S" ], "speedMetersPerSecond": 1, "loadSeconds": {{loadSeconds}}, "unloadSeconds": 0,
                    "failures": {{failures}} }
                  {{(spare ? """, { "id": "spare", "kind": "amr", "count": 1, "start": [ "Y" ], "speedMetersPerSecond": 1, "decisionLatencySeconds": 3 }""" : "")}} ]
    }
    """;

    [Fact]
    public void A_robot_that_breaks_down_on_a_lane_stops_at_its_end_and_stays_there_for_exactly_the_repair_time()
    {
        // It breaks down at t = 2 s on S – B, stops at B at 5 s, is repaired at 605 s and reaches T at 610 s. Its next
        // failure, 2 s after the repair, comes on B – T: down at T from 610 s to the end (1,200 s).
        var (plan, history, metrics) = TestPlans.Run(Line("""{ "timeBetweenFailures": 2, "repairTime": 600 }"""));
        var layout = plan.Layout!;
        var changes = history.Of(history.Find("amr-1").Index).ToList();
        string Show() => string.Join("; ", changes.Select(c => $"{c.Time}: {c.State} at {layout.Nodes[c.Node].Id}"));

        var downs = changes.Where(c => c.State == ElementState.Down).ToList();
        Assert.True(downs.Count == 2, Show());
        Assert.Equal(("B", 5.0), (layout.Nodes[downs[0].Node].Id, downs[0].Time));
        Assert.Equal(("T", 610.0), (layout.Nodes[downs[1].Node].Id, downs[1].Time));
        var afterRepair = changes.First(c => c.Time > 5);
        Assert.Equal((605.0, ElementState.MovingEmpty, "B"), (afterRepair.Time, afterRepair.State, layout.Nodes[afterRepair.Node].Id));
        Assert.Equal(1190.0 / 1200, metrics["fleet.amr.downFraction"], 9);
        Assert.Equal(10.0 / 1200, metrics["fleet.amr.movingEmptyFraction"], 9);
        Assert.Equal(0, metrics["fleet.amr.waitingTrafficFraction"]);
        Assert.Equal(0, metrics["fleet.amr.stalledSeconds"]);
        Assert.Equal(0, metrics["fleet.amr.gridlocks"]);
        Assert.Empty(new TrafficAudit(plan, history, plan.Run.DurationSeconds).Violations());
    }

    [Fact]
    public void A_breakdown_while_loading_pauses_the_loading_which_goes_on_after_the_repair_with_the_time_it_had_left()
    {
        // At T at 10 s, it loads for 12 s; it breaks down at 15 s (5 s done), is repaired at 615 s, loads the 7 s left
        // and leaves at 622 s, to unload at X at 627 s (before its next failure, at 630 s).
        var (plan, history, _) = TestPlans.Run(Line("""{ "timeBetweenFailures": 15, "repairTime": 600 }""", loadSeconds: 12));
        var layout = plan.Layout!;
        var changes = history.Of(history.Find("amr-1").Index).ToList();
        string Show() => string.Join("; ", changes.Select(c => $"{c.Time}: {c.State} at {layout.Nodes[c.Node].Id}"));

        Assert.Equal([10.0, 615.0], changes.Where(c => c.State == ElementState.Loading).Select(c => c.Time));
        var down = changes.First(c => c.State == ElementState.Down);
        Assert.Equal(("T", 15.0), (layout.Nodes[down.Node].Id, down.Time));
        var unloading = changes.Single(c => c.State == ElementState.Unloading);
        Assert.True(unloading.Time == 627 && layout.Nodes[unloading.Node].Id == "X", Show());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void With_hand_over_the_task_of_a_robot_broken_on_its_way_goes_to_another_robot_and_without_it_waits_for_the_repair(bool handOver)
    {
        // The spare thinks 3 s over each decision, so amr-1 (no thinking) takes the job at t = 0.
        // amr-1 breaks down at 2 s and stands at B from 5 s. Handed over, the task is open again at 5 s; the spare, between
        // decisions (at 0, 3 and 6 s), sees it at 6 s, takes it at 9 s, loads at T at 14 s and unloads at X at 19 s. Kept, the
        // spare never moves, and amr-1, repaired at 605 s, drives on to T (there at 610 s, where its next failure stops it).
        var json = Line($$"""{ "timeBetweenFailures": 2, "repairTime": 600, "handOver": {{(handOver ? "true" : "false")}} }""", spare: true);
        var (plan, history, metrics) = TestPlans.Run(json);
        var layout = plan.Layout!;
        var spare = history.Of(history.Find("spare-1").Index).ToList();
        if (handOver)
        {
            var unloading = spare.Single(c => c.State == ElementState.Unloading);
            Assert.Equal((19.0, "X"), (unloading.Time, layout.Nodes[unloading.Node].Id));
            Assert.DoesNotContain(history.Of(history.Find("amr-1").Index), c => c.State == ElementState.Loading);
        }
        else
        {
            Assert.All(spare, c => Assert.Equal((ElementState.Idle, "Y"), (c.State, layout.Nodes[c.Node].Id)));
            var down = history.Of(history.Find("amr-1").Index).Where(c => c.State == ElementState.Down).Select(c => (c.Time, layout.Nodes[c.Node].Id));
            Assert.Equal([(5.0, "B"), (610.0, "T")], down); // on with its task after the repair; its next failure stops it at T
        }
        Assert.Equal(0, metrics["fleet.amr.waitingDockFraction"]);
        Assert.Empty(new TrafficAudit(plan, history, plan.Run.DurationSeconds).Violations());
    }

    [Fact]
    public void A_fleet_that_is_the_bottleneck_loses_the_share_of_throughput_its_robots_are_down()
    {
        // The shuttle (1,800 jobs an hour) over 50 h. Down 100 s after every 900 s up (plus the rest of the lane it is on,
        // half a second on average): it is up 900.5 s of every 1,000.5 s.
        var (_, _, steady) = TestPlans.Run(TestPlans.Shuttle(180_000, seed: 1));
        var (_, _, failing) = TestPlans.Run(TestPlans.Shuttle(180_000, seed: 1, robot: """, "failures": { "timeBetweenFailures": 900, "repairTime": 100 }"""));

        Assert.Equal(1800, steady["throughput.jobsPerHour"], 0.5);
        Assert.Equal(100 / 1000.5, failing["fleet.amr.downFraction"], 3);
        Assert.Equal(1800 * 900.5 / 1000.5, failing["throughput.jobsPerHour"], 1800 * 0.005);
    }
}
