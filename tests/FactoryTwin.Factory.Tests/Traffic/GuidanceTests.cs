using FactoryTwin.Experiments.Running;
using FactoryTwin.Des;
using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.Traffic;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Traffic;

/// <summary>Flow guidance on a ring with a short north side and a long south side: a robot going against another's guide path takes the other side, and its table holds the seconds along its path.</summary>
public sealed class GuidanceTests
{
    // West to east: north of the ring is √41 + √41 = 12.806 m, south √50 + √50 = 14.142 m; robots drive 1 m/s and turn
    // in no time. A spur of two nodes leaves the west end, to see how far from its path a robot's table reaches.
    private const string Ring = """
    {
      "formatVersion": 1, "name": "ring", "seed": 1,
      "run": { "durationSeconds": 3600 },
      "layout": { "graph": {
        "nodes": [ { "id": "W", "xMeters": 0, "yMeters": 0 }, { "id": "N", "xMeters": 5, "yMeters": 4 },
                   { "id": "E", "xMeters": 10, "yMeters": 0 }, { "id": "S", "xMeters": 5, "yMeters": -5 },
                   { "id": "X1", "xMeters": -1, "yMeters": 0 }, { "id": "X2", "xMeters": -2, "yMeters": 0 } ],
        "edges": [ { "from": "W", "to": "N" }, { "from": "N", "to": "E" }, { "from": "W", "to": "S" }, { "from": "S", "to": "E" },
                   { "from": "W", "to": "X1" }, { "from": "X1", "to": "X2" } ] } },
      "stations": [ { "id": "in", "kind": "source", "location": "W" }, { "id": "out", "kind": "sink", "location": "E" } ],
      "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
      "demand": [ { "product": "part", "interarrivalTime": { "exponential": { "meanSeconds": 600 } } } ],
      "robots": [ { "id": "amr", "kind": "amr", "count": 2, "start": [ "W", "E" ], "speedMetersPerSecond": 1 } ]
    }
    """;

    private static readonly double North = 2 * Math.Sqrt(41);
    private static readonly double SouthSide = Math.Sqrt(50);

    [Fact]
    public void A_robot_against_the_flow_takes_the_other_side_and_back_the_short_side_once_the_flow_is_released()
    {
        var (layout, guidance, east, west) = Setup();
        Mover[] eastbound = [east, .. Enumerable.Range(0, 2).Select(_ => Heading(east.Robot, east.Profile, layout, "E"))];

        foreach (var mover in eastbound)
        {
            guidance.Route(mover);
            Assert.Equal(["W", "N", "E"], Nodes(layout, mover)); // going with the flow: the short side
        }
        guidance.Route(west);
        // North, against three guide paths: 2 x 3 s against them and 2 x 1.5 s through their nodes, 21.8 s in all;
        // south 14.14 s and 1.5 s through W, 15.6 s. The search may return a way up to 1.5 times the cheapest: not north.
        Assert.Equal(["E", "S", "W"], Nodes(layout, west));

        foreach (var mover in eastbound)
            guidance.Release(mover);
        guidance.Route(west);
        Assert.Equal(["E", "N", "W"], Nodes(layout, west));
    }

    [Fact]
    public void The_guide_table_holds_the_seconds_along_the_path_and_one_lane_beside_it()
    {
        var (layout, guidance, east, _) = Setup();

        guidance.Route(east);

        Assert.Equal(North, Seconds(layout, east, "W"), 4);
        Assert.Equal(North / 2, Seconds(layout, east, "N"), 4);
        Assert.Equal(0, Seconds(layout, east, "E"));
        Assert.Equal(SouthSide, Seconds(layout, east, "S"), 4); // one lane to the path's end
        Assert.Equal(1 + North, Seconds(layout, east, "X1"), 4);
        Assert.False(layout.TryGetNode("X2", out var far) && east.Guide.ContainsKey(far), "X2 is two lanes from the path");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void A_robot_keeps_to_its_guide_path_where_another_way_is_as_quick(int seed)
    {
        // A 3 x 2 grid of 1 m cells: from A to F every way is 3 m, and robots turn in no time, so at every node two moves
        // are equally good. The robot, alone, drives exactly the guide path it was given, whatever the seed that breaks ties.
        var plan = TestPlans.FromJson($$"""
        {
          "formatVersion": 1, "name": "grid", "seed": {{seed}},
          "run": { "durationSeconds": 60 },
          "layout": { "graph": {
            "nodes": [ { "id": "A", "xMeters": 0, "yMeters": 0 }, { "id": "B", "xMeters": 1, "yMeters": 0 }, { "id": "C", "xMeters": 2, "yMeters": 0 },
                       { "id": "D", "xMeters": 0, "yMeters": 1 }, { "id": "E", "xMeters": 1, "yMeters": 1 }, { "id": "F", "xMeters": 2, "yMeters": 1 } ],
            "edges": [ { "from": "A", "to": "B" }, { "from": "B", "to": "C" }, { "from": "D", "to": "E" }, { "from": "E", "to": "F" },
                       { "from": "A", "to": "D" }, { "from": "B", "to": "E" }, { "from": "C", "to": "F" } ] } },
          "stations": [ { "id": "in", "kind": "source", "location": "F" }, { "id": "out", "kind": "sink", "location": "A" } ],
          "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
          "demand": [ { "product": "part", "scheduleSeconds": [0] } ],
          "robots": [ { "id": "amr", "kind": "amr", "count": 1, "start": [ "A" ], "speedMetersPerSecond": 1 } ]
        }
        """);
        var layout = plan.Layout!;
        var world = new FactoryWorld(plan, new Simulation(plan.Seed));
        world.Start();
        var guide = Heading(world.Robots[0], new MotionProfile(0, layout, speedMetersPerSecond: 1, turnSecondsPer90Degrees: 0), layout, "F");
        new Guidance(layout).Route(guide); // the same search on the same empty floor: the path the robot is given
        var history = new StateHistory();

        ReplicationRunner.Run(plan, 0, [history]);

        var driven = new TrafficAudit(plan, history, plan.Run.DurationSeconds).Drives("amr-1").Take(3).Select(d => layout.Nodes[d.To].Id);
        Assert.Equal(Nodes(layout, guide)[1..], driven);
    }

    private static (LayoutGraph Layout, Guidance Guidance, Mover East, Mover West) Setup()
    {
        var world = new FactoryWorld(TestPlans.FromJson(Ring), new Simulation(1));
        world.Start(); // makes the robots; the simulation does not run, so they stay where they start
        var layout = world.Layout!;
        var profile = new MotionProfile(0, layout, speedMetersPerSecond: 1, turnSecondsPer90Degrees: 0);
        var guidance = new Guidance(layout);
        return (layout, guidance, Heading(world.Robots[0], profile, layout, "E"), Heading(world.Robots[1], profile, layout, "W"));
    }

    private static Mover Heading(Robot robot, MotionProfile profile, LayoutGraph layout, string goal)
    {
        Assert.True(layout.TryGetNode(goal, out var node));
        return new Mover(robot, profile, tieBreak: 0) { Goal = node, Costs = new CostToGo(layout).To(node, profile) };
    }

    private static string[] Nodes(LayoutGraph layout, Mover mover) =>
        [layout.Nodes[layout.Edges[mover.GuideEdges![0]].From].Id, .. mover.GuideEdges.Select(e => layout.Nodes[layout.Edges[e].To].Id)];

    private static double Seconds(LayoutGraph layout, Mover mover, string node) =>
        layout.TryGetNode(node, out var index) && mover.Guide.TryGetValue(index, out var seconds) ? seconds : double.NaN;
}
