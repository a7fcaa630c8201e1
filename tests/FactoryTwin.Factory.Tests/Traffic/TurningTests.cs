using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Traffic;

/// <summary>Turning on the spot costs time, so robots spend none of it idly: one that must turn first sets off at once, and one that waits turns while it waits.</summary>
public sealed class TurningTests
{
    // S – B – T, 5 m apart going north, and B – X going east. Robots drive 1 m/s, turn 90° in 2 s and start facing east,
    // so a robot on S must turn 90° before it can drive north. A job at 'near' (on B) and one at 'far' (on T) at t = 0.
    private static string Corridor(int seed, int robots, string starts) => $$"""
    {
      "formatVersion": 1, "name": "turning", "seed": {{seed}},
      "run": { "durationSeconds": 300 },
      "layout": { "graph": {
        "nodes": [ { "id": "S", "xMeters": 0, "yMeters": 0 }, { "id": "B", "xMeters": 0, "yMeters": 5 }, { "id": "T", "xMeters": 0, "yMeters": 10 },
                   { "id": "X", "xMeters": 5, "yMeters": 5 } ],
        "edges": [ { "from": "S", "to": "B" }, { "from": "B", "to": "T" }, { "from": "B", "to": "X" } ] } },
      "stations": [ { "id": "near", "kind": "source", "location": "B" }, { "id": "far", "kind": "source", "location": "T" },
                    { "id": "out", "kind": "sink", "location": "X" } ],
      "products": [ { "id": "p1", "routing": [ { "station": "near" }, { "station": "out" } ] },
                    { "id": "p2", "routing": [ { "station": "far" }, { "station": "out" } ] } ],
      "demand": [ { "product": "p{{(robots == 1 ? 2 : 1)}}", "scheduleSeconds": [0] }{{(robots == 1 ? "" : """, { "product": "p2", "scheduleSeconds": [0] }""")}} ],
      "robots": [ { "id": "amr", "kind": "amr", "count": {{robots}}, "start": [ {{starts}} ], "speedMetersPerSecond": 1,
                    "turnSecondsPer90Degrees": 2, "loadSeconds": 100, "unloadSeconds": 0 } ]
    }
    """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_robot_that_must_turn_first_sets_off_at_once(int seed)
    {
        // Alone, it turns 90° (2 s) and drives 10 m (10 s): at T at t = 12 s, whatever the seed that breaks ties.
        var (plan, history) = Run(Corridor(seed, robots: 1, starts: "\"S\""));

        var loading = history.Of(history.Find("amr-1").Index).First(c => c.State == ElementState.Loading);

        Assert.Equal("T", plan.Layout!.Nodes[loading.Node].Id);
        Assert.Equal(12, loading.Time, 9);
    }

    [Fact]
    public void A_robot_that_waits_for_a_lane_turns_towards_it_meanwhile_and_drives_off_as_it_is_left()
    {
        // Robot 1 on B loads the job there for 100 s, then drives east to X (5 s). Robot 2 on S wants the job on T, through
        // B: it waits, turning north in the first 2 s, and follows robot 1 out of B at t = 100 s without turning, reaching
        // B as robot 1 reaches X, at t = 105 s (turning only then, it would reach B at t = 107 s).
        var (plan, history) = Run(Corridor(seed: 1, robots: 2, starts: "\"B\", \"S\""));
        var layout = plan.Layout!;
        var changes = history.Of(history.Find("amr-2").Index).ToList();
        string Show() => string.Join("; ", changes.Select(c => $"{c.Time}: {c.State} at {layout.Nodes[c.Node].Id} facing {c.Heading}"));

        var waiting = changes.FindIndex(c => c.State == ElementState.WaitingTraffic && c.Time > 0);
        Assert.True(waiting >= 0, Show());
        Assert.Equal(2, changes[waiting].Time, 9);
        Assert.Equal(90, changes[waiting].Heading, 9);
        Assert.Equal(100, changes[waiting + 1].Time, 9); // the next change: it drives off
        var atB = changes.First(c => layout.Nodes[c.Node].Id == "B");
        Assert.Equal(105, atB.Time, 9);
        Assert.Empty(new TrafficAudit(plan, history, plan.Run.DurationSeconds).Violations());
    }

    private static (Plans.FactoryPlan Plan, StateHistory History) Run(string json)
    {
        var plan = TestPlans.FromJson(json);
        var history = new StateHistory();
        ReplicationRunner.Run(plan, 0, [history]);
        return (plan, history);
    }
}
