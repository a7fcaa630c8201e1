using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Traffic;

namespace FactoryTwin.Factory.Tests.Traffic;

/// <summary>The route planner on a small corridor, against reservations set by hand.</summary>
public sealed class SafeIntervalPlannerTests
{
    // a — b — c — d in a row, 10 m apart, with a pocket p beside b.
    private static readonly LayoutGraph Corridor = LayoutGraph.FromNodes(
        [
            new LayoutNode(0, "a", new Point(0, 0), 1), new LayoutNode(1, "b", new Point(10, 0), 1),
            new LayoutNode(2, "c", new Point(20, 0), 1), new LayoutNode(3, "d", new Point(30, 0), 1),
            new LayoutNode(4, "p", new Point(10, 10), 1),
        ],
        [.. new[] { (0, 1), (1, 2), (2, 3), (1, 4) }.SelectMany(e => new[]
        {
            new LayoutEdge(e.Item1, e.Item2, 10, double.PositiveInfinity), new LayoutEdge(e.Item2, e.Item1, 10, double.PositiveInfinity),
        })]);

    [Fact]
    public void On_an_empty_floor_the_route_is_the_shortest_way_at_full_speed()
    {
        var (planner, _) = Planner();

        var legs = planner.Plan(robot: 0, start: 0, now: 0, goal: 3, speed: 2, horizon: 30)!;

        Assert.Equal([0, 1, 2], legs.Select(l => l.From));
        Assert.Equal(3, legs[^1].To);
        // Three lanes of 10 m at 2 m/s, and the shortest stop at the two nodes passed through.
        Assert.Equal(15 + (2 * SafeIntervalPlanner.MinDwellSeconds), legs[^1].Arrive, precision: 9);
    }

    [Fact]
    public void A_node_held_for_a_while_makes_the_robot_wait_for_it_to_be_free()
    {
        var (planner, table) = Planner();
        table.ReserveNode(2, 0, 20, robot: 1); // c is taken until t = 20

        var legs = planner.Plan(robot: 0, start: 0, now: 0, goal: 3, speed: 2, horizon: 30)!;

        var intoC = legs.Single(l => l.To == 2);
        Assert.True(intoC.Arrive >= 20, $"reached c at {intoC.Arrive}, while it was taken until 20");
        Assert.Equal(3, legs[^1].To);
    }

    [Fact]
    public void A_robot_never_drives_a_lane_while_another_drives_it_the_other_way()
    {
        var (planner, table) = Planner();
        // Robot 1 comes from c to b over [0, 5) and then stays at b until 6.
        table.ReserveLane(Corridor.LaneBetween(2, 1), 0, 5, robot: 1);
        table.ReserveNode(1, 5, 6, robot: 1);
        table.ReserveNode(2, 0, 0.001, robot: 1);

        var legs = planner.Plan(robot: 0, start: 1, now: 0, goal: 2, speed: 2, horizon: 30);

        // Robot 0 may not swap with robot 1 on the lane b–c, and must be gone from b when robot 1 gets there at 5:
        // it waits at b until the lane is free and leaves exactly as robot 1 arrives.
        Assert.NotNull(legs);
        var first = legs[0];
        Assert.Equal((1, 2), (first.From, first.To));
        Assert.Equal(5, first.Depart, precision: 9);
    }

    [Fact]
    public void No_route_ends_where_another_robot_stays_for_good()
    {
        var (planner, table) = Planner();
        table.ReserveNode(3, 0, double.PositiveInfinity, robot: 1);

        var legs = planner.Plan(robot: 0, start: 0, now: 0, goal: 3, speed: 2, horizon: 30);

        Assert.Null(legs);
    }

    [Fact]
    public void A_route_that_would_wait_longer_than_the_horizon_is_not_taken()
    {
        var (planner, table) = Planner();
        table.ReserveNode(1, 0, 100, robot: 1); // b, the only way on, is taken for 100 s

        var within = planner.Plan(robot: 0, start: 0, now: 0, goal: 3, speed: 2, horizon: 30);
        var beyond = planner.Plan(robot: 0, start: 0, now: 0, goal: 3, speed: 2, horizon: 120);

        Assert.Null(within);
        Assert.NotNull(beyond);
    }

    [Fact]
    public void Safe_intervals_are_the_gaps_between_other_robots_reservations()
    {
        var (_, table) = Planner();
        table.ReserveNode(2, 5, 8, robot: 1);
        table.ReserveNode(2, 12, double.PositiveInfinity, robot: 2);
        table.ReserveNode(2, 0, 3, robot: 0);
        var intervals = new List<Interval>();

        table.SafeIntervals(2, robot: 0, from: 0, intervals);

        Assert.Equal([new Interval(0, 5), new Interval(8, 12)], intervals);
    }

    private static (SafeIntervalPlanner Planner, ReservationTable Table) Planner()
    {
        var table = new ReservationTable(Corridor, robots: 3);
        return (new SafeIntervalPlanner(Corridor, table, new DistanceTable(Corridor)), table);
    }
}
