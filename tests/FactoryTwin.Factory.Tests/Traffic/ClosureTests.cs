using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Traffic;

/// <summary>A closed node or lane (a disruption): robots keep off it, take a way round if there is one, and otherwise wait for it to reopen, recorded as such.</summary>
public sealed class ClosureTests
{
    // S – B – T, 5 m apart going north; with a detour, S – D – T round by the east (D at (10, 5): 11.18 m a leg).
    // Robots drive 1 m/s and turn freely. One job waits at T from t = 0; the robot starts on S.
    private static string Line(string closure, bool detour = false) => $$"""
    {
      "formatVersion": 1, "name": "closure", "seed": 1,
      "run": { "durationSeconds": 1200 },
      "layout": { "graph": {
        "nodes": [ { "id": "S", "xMeters": 0, "yMeters": 0 }, { "id": "B", "xMeters": 0, "yMeters": 5 }, { "id": "T", "xMeters": 0, "yMeters": 10 },
                   { "id": "D", "xMeters": 10, "yMeters": 5 }, { "id": "X", "xMeters": -5, "yMeters": 10 } ],
        "edges": [ { "from": "S", "to": "B" }, { "from": "B", "to": "T" }, { "from": "T", "to": "X" }
                   {{(detour ? """, { "from": "S", "to": "D" }, { "from": "D", "to": "T" }""" : "")}} ] } },
      "stations": [ { "id": "in", "kind": "source", "location": "T" }, { "id": "out", "kind": "sink", "location": "X" } ],
      "products": [ { "id": "p", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
      "demand": [ { "product": "p", "scheduleSeconds": [0] } ],
      "robots": [ { "id": "amr", "kind": "amr", "count": 1, "start": [ "S" ], "speedMetersPerSecond": 1, "loadSeconds": 0, "unloadSeconds": 0 } ],
      "disruptions": [ {{closure}} ]
    }
    """;

    [Theory]
    [InlineData("""{ "kind": "closure", "lane": [ "B", "T" ], "fromSeconds": 2, "durationSeconds": 600 }""")]
    [InlineData("""{ "kind": "closure", "lane": [ "T", "B" ], "fromSeconds": 2, "durationSeconds": 600 }""")]
    [InlineData("""{ "kind": "closure", "location": "T", "fromSeconds": 2, "durationSeconds": 600 }""")]
    public void A_robot_whose_only_way_is_closed_waits_for_it_to_reopen_and_is_late_by_exactly_the_wait(string closure)
    {
        // Open, it reaches T at t = 10 s. Closed from t = 2 s to 602 s, it reaches B at 5 s, waits there (for the closure,
        // not for traffic), leaves at 602 s and reaches T at 607 s: late by the 597 s it waited.
        var (plan, history, metrics) = TestPlans.Run(Line(closure));
        var changes = history.Of(history.Find("amr-1").Index).ToList();
        var layout = plan.Layout!;
        string Show() => string.Join("; ", changes.Select(c => $"{c.Time}: {c.State} at {layout.Nodes[c.Node].Id}"));

        var atT = changes.First(c => c.State == ElementState.Loading);
        Assert.Equal("T", layout.Nodes[atT.Node].Id);
        Assert.True(Math.Abs(atT.Time - 607) < 1e-9, Show());
        var waiting = changes.Single(c => c.State == ElementState.WaitingClosure);
        Assert.Equal("B", layout.Nodes[waiting.Node].Id);
        Assert.Equal(5, waiting.Time, 9);
        Assert.Equal(597.0 / 1200, metrics["fleet.amr.waitingClosureFraction"], 9);
        Assert.Equal(0, metrics["fleet.amr.waitingTrafficFraction"]);
        Assert.Equal(0, metrics["fleet.amr.stalledSeconds"]);
        Assert.Equal(0, metrics["fleet.amr.gridlocks"]);
    }

    [Fact]
    public void A_random_closure_with_fixed_times_closes_and_reopens_as_they_say()
    {
        // Open for 2 s, closed for 600 s, again and again: closed from 2 s to 602 s as above, so the robot is at T at 607 s
        // (it sets off along B – T at 602 s and finishes the move though the lane closes again at 604 s, until 1,204 s).
        var (plan, history, _) = TestPlans.Run(Line("""{ "kind": "closure", "lane": [ "B", "T" ], "timeBetween": 2, "closedTime": 600 }"""));
        var changes = history.Of(history.Find("amr-1").Index).ToList();

        var atT = changes.First(c => c.State == ElementState.Loading);
        Assert.Equal("T", plan.Layout!.Nodes[atT.Node].Id);
        Assert.Equal(607, atT.Time, 9);
        // Back at X at 612 s with nothing to do, it heads home to S and waits at X for the second closure to end.
        Assert.Equal([(5.0, "B"), (612.0, "X")], changes.Where(c => c.State == ElementState.WaitingClosure).Select(c => (c.Time, plan.Layout.Nodes[c.Node].Id)));
    }

    [Fact]
    public void A_lane_closed_at_random_is_closed_the_share_of_time_its_mean_times_say()
    {
        // The shuttle (one lane T – X, 1,800 jobs an hour) always wants the lane, so it waits for it while it is closed. Open
        // for exponential times of mean 900 s, closed for exponential times of mean 100 s: closed a tenth of the time in the
        // long run (200 hours: about 720 closures, a standard error near 0.005).
        var (_, _, metrics) = TestPlans.Run(TestPlans.Shuttle(720_000, seed: 7, disruptions: """
            { "kind": "closure", "lane": [ "X", "T" ], "timeBetween": { "exponential": { "meanSeconds": 900 } }, "closedTime": { "exponential": { "meanSeconds": 100 } } }
            """));

        Assert.Equal(0.1, metrics["fleet.amr.waitingClosureFraction"], 0.015);
        Assert.Equal(1800 * (1 - metrics["fleet.amr.waitingClosureFraction"]), metrics["throughput.jobsPerHour"], 1800 * 0.01);
    }

    [Fact]
    public void Without_the_closure_the_same_robot_is_at_T_after_ten_seconds()
    {
        var (plan, history, _) = TestPlans.Run(Line("""{ "kind": "closure", "lane": [ "B", "T" ], "fromSeconds": 1100, "durationSeconds": 60 }"""));

        var atT = history.Of(history.Find("amr-1").Index).First(c => c.State == ElementState.Loading);
        Assert.Equal("T", plan.Layout!.Nodes[atT.Node].Id);
        Assert.Equal(10, atT.Time, 9);
    }

    [Fact]
    public void A_robot_takes_the_way_round_a_closed_lane_and_never_drives_it()
    {
        // B – T is closed when the robot reaches B (t = 5 s): it goes back to S and round by D, 5 + 2 · 11.18 m, to T at
        // t = 5 + 5 + 22.36 s. It never drives B – T while it is closed.
        var (plan, history, _) = TestPlans.Run(Line("""{ "kind": "closure", "lane": [ "B", "T" ], "fromSeconds": 4, "durationSeconds": 600 }""", detour: true));
        var layout = plan.Layout!;
        var changes = history.Of(history.Find("amr-1").Index).ToList();

        var atT = changes.First(c => c.State == ElementState.Loading);
        Assert.Equal("T", layout.Nodes[atT.Node].Id);
        Assert.Equal(10 + (2 * Math.Sqrt(125)), atT.Time, 6);
        Assert.DoesNotContain(changes, c => c.Time < atT.Time && c.Time > 4 && layout.Nodes[c.Node].Id == "B" && c.State is ElementState.MovingEmpty && c.Heading == 90);
        Assert.Empty(new TrafficAudit(plan, history, plan.Run.DurationSeconds).Violations());
    }
}
