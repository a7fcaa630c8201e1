using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Agents;

/// <summary>A fleet's daily shifts: robots left out finish what they do, go to where they started, and are off shift there, taking no task, until their shift begins.</summary>
public sealed class FleetShiftTests
{
    // H1 – T – M – X – H2 (1 m lanes, 1 m/s): a job at T every minute goes to X. amr-1 starts on H1, amr-2 on H2.
    private static string Floor(string shift) => $$"""
    {
      "formatVersion": 1, "name": "shifts", "seed": 3,
      "run": { "durationSeconds": 86400 },
      "layout": { "graph": {
        "nodes": [ { "id": "H1", "xMeters": 0, "yMeters": 1 }, { "id": "T", "xMeters": 0, "yMeters": 0 }, { "id": "M", "xMeters": 1, "yMeters": 0 },
                   { "id": "X", "xMeters": 2, "yMeters": 0 }, { "id": "H2", "xMeters": 2, "yMeters": 1 } ],
        "edges": [ { "from": "H1", "to": "T" }, { "from": "T", "to": "M" }, { "from": "M", "to": "X" }, { "from": "X", "to": "H2" } ] } },
      "stations": [ { "id": "in", "kind": "source", "location": "T" }, { "id": "out", "kind": "sink", "location": "X" } ],
      "products": [ { "id": "p", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
      "demand": [ { "product": "p", "interarrivalTime": 60 } ],
      "robots": [ { "id": "amr", "kind": "amr", "count": 2, "start": [ "H1", "H2" ], "speedMetersPerSecond": 1, "shifts": [ {{shift}} ] } ]
    }
    """;

    [Fact]
    public void A_robot_off_shift_from_midnight_to_noon_stays_home_taking_no_task_and_is_off_shift_exactly_that_long()
    {
        var (plan, history, metrics) = TestPlans.Run(Floor("""{ "fromHour": 0, "toHour": 12, "robots": 1 }"""));
        var second = history.Of(history.Find("amr-2").Index).ToList();

        // Registered idle and put off shift at t = 0, it stays so until noon.
        Assert.All(second.Where(c => c.Time < 43_200).Skip(1), c => Assert.Equal((ElementState.OffShift, "H2", 0.0), (c.State, plan.Layout!.Nodes[c.Node].Id, c.Time)));
        Assert.Contains(second, c => c.State == ElementState.Loading && c.Time > 43_200); // at work in the afternoon
        Assert.Equal(0.5, metrics["robot.amr-2.offShiftFraction"], 9);
        Assert.Equal(0, metrics["robot.amr-1.offShiftFraction"]);
        Assert.Equal(0.25, metrics["fleet.amr.offShiftFraction"], 9);
        Assert.Equal(1439, metrics["fleet.amr.tasksDone"]); // a job a minute from t = 60 s, each carried within seconds, by one robot or two
    }

    [Fact]
    public void A_robot_whose_shift_ends_finishes_what_it_does_goes_home_and_is_off_shift_there_until_midnight()
    {
        var (plan, history, metrics) = TestPlans.Run(Floor("""{ "fromHour": 12, "toHour": 24, "robots": 1 }"""));
        var second = history.Of(history.Find("amr-2").Index).ToList();

        var off = second.First(c => c.State == ElementState.OffShift);
        Assert.Equal("H2", plan.Layout!.Nodes[off.Node].Id);
        Assert.InRange(off.Time, 43_200, 43_200 + 10); // at most a delivery and the way home, a few metres at 1 m/s
        Assert.All(second.Where(c => c.Time > off.Time), c => Assert.Equal(ElementState.OffShift, c.State));
        Assert.Equal((86_400 - off.Time) / 86_400, metrics["robot.amr-2.offShiftFraction"], 9);
        Assert.Empty(new TrafficAudit(plan, history, plan.Run.DurationSeconds).Violations());
    }
}
