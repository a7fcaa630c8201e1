using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.Traffic;

namespace FactoryTwin.Factory.Tests.Traffic;

/// <summary>The cost-to-go table holds the fastest seconds to the goal from every place and heading: with free turns the time along the quickest way, with turning time the turns as well.</summary>
public sealed class CostToGoTests
{
    // A square A B C D of 4 m sides (A at the origin, B east, C north-east, D north) with a diagonal A–C and a slow
    // lane B–C (0.25 m/s, 16 s); robots drive 1 m/s.
    private const string Square = """
    {
      "formatVersion": 1, "name": "square", "seed": 1,
      "run": { "durationSeconds": 60 },
      "layout": { "graph": {
        "nodes": [ { "id": "A", "xMeters": 0, "yMeters": 0 }, { "id": "B", "xMeters": 4, "yMeters": 0 },
                   { "id": "C", "xMeters": 4, "yMeters": 4 }, { "id": "D", "xMeters": 0, "yMeters": 4 } ],
        "edges": [ { "from": "A", "to": "B" }, { "from": "B", "to": "C", "speedLimitMetersPerSecond": 0.25 }, { "from": "C", "to": "D" },
                   { "from": "D", "to": "A" }, { "from": "A", "to": "C" } ] } },
      "stations": [ { "id": "in", "kind": "source", "location": "A" }, { "id": "out", "kind": "sink", "location": "C" } ],
      "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
      "demand": [ { "product": "part", "scheduleSeconds": [0] } ],
      "robots": [ { "id": "amr", "kind": "amr", "count": 1, "start": [ "A" ], "speedMetersPerSecond": 1 } ]
    }
    """;

    private static readonly double Diagonal = Math.Sqrt(32);

    [Fact]
    public void With_free_turns_each_lane_end_holds_the_seconds_along_the_quickest_way()
    {
        var layout = TestPlans.FromJson(Square).Layout!;
        var profile = new MotionProfile(0, layout, speedMetersPerSecond: 1, turnSecondsPer90Degrees: 0);

        var table = new CostToGo(layout).To(Node(layout, "B"), profile);

        // To B: from A 4 s; from D by A 8 s (not by C and the slow lane, 20 s); from C by the diagonal and A, 5.66 + 4 s (the slow lane takes 16 s).
        Assert.Equal(0, table[Edge(layout, "A", "B")]);
        Assert.Equal(4, table[Edge(layout, "D", "A")], 5);
        Assert.Equal(8, table[Edge(layout, "C", "D")], 5);
        Assert.Equal(Diagonal + 4, table[Edge(layout, "A", "C")], 5);
        Assert.Equal(Diagonal + 4, table[Edge(layout, "B", "C")], 5);
    }

    [Fact]
    public void With_turning_time_a_robot_facing_away_pays_for_its_turns()
    {
        var layout = TestPlans.FromJson(Square).Layout!;
        var profile = new MotionProfile(0, layout, speedMetersPerSecond: 1, turnSecondsPer90Degrees: 2);
        var goal = Node(layout, "B");

        var table = new CostToGo(layout).To(goal, profile);

        // On A facing east: drive 4 s. On A having come down D–A, facing south: a quarter turn to face east, 2 s, then 4 s.
        Assert.Equal(4, CostToGo.From(table, Node(layout, "A"), heading: 0, goal, profile), 5);
        Assert.Equal(6, table[Edge(layout, "D", "A")], 5);
        // On C having come up B–C, facing north: turn to the diagonal south-west (135°, 3 s), drive it, turn east (135°, 3 s),
        // drive 4 s; back down the slow lane would take 4 + 16 s, round by D 18 s.
        Assert.Equal(3 + Diagonal + 3 + 4, table[Edge(layout, "B", "C")], 5);
    }

    private static int Node(LayoutGraph layout, string id) => layout.TryGetNode(id, out var node) ? node : throw new ArgumentException(id);

    private static int Edge(LayoutGraph layout, string from, string to) => layout.EdgeBetween(Node(layout, from), Node(layout, to));
}
