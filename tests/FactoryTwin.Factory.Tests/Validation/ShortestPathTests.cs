using System.Globalization;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Validation;

/// <summary>
/// A robot alone on a map drives exactly the shortest way (VALIDATION.md section 3): on every MovingAI map of
/// scenarios/maps, one robot carries one job from a source at cell A to a sink at cell B, and the distance it drove
/// loaded, read from the recorded changes, is the breadth-first-search distance the test computes itself from the
/// .map text (4-connected, cells of 1 m).
/// </summary>
/// <remarks>
/// <para>A and B far apart: a double sweep over the map's largest connected part (the cell farthest from its
/// top-left cell, then the cell farthest from that). On the random and warehouse maps the shortest way between such
/// corners is as long as the Manhattan distance, so the second test also takes, on every map where one exists, a
/// B the way to which is longer than the Manhattan distance: the robot must go around obstacles.</para>
/// <para>The robot starts on A; the job is released at t = 0; loading and unloading take no time. The loaded lanes are read from the trace as
/// <see cref="TrafficAudit"/> reads every trace. After the
/// delivery the robot may drive off the sink to park, so only its loaded legs count.</para>
/// </remarks>
public sealed class ShortestPathTests
{
    private const double Speed = 1;

    public static TheoryData<string> Maps()
    {
        var maps = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Maps, "*.map").Order(StringComparer.Ordinal))
            maps.Add(Path.GetFileName(file));
        return maps;
    }

    /// <summary>The maps on which some way from A is longer than the Manhattan distance.</summary>
    public static TheoryData<string> MapsWithObstaclesInTheWay()
    {
        var maps = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Maps, "*.map").Order(StringComparer.Ordinal))
        {
            if (MovingAiMap.Load(Path.GetFileName(file)).AroundObstacles().Detour > 0)
                maps.Add(Path.GetFileName(file));
        }
        return maps;
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void A_lone_robot_carries_a_job_the_shortest_way_between_two_cells_far_apart(string map)
    {
        var grid = MovingAiMap.Load(map);
        var (a, b, shortest) = grid.FarApart();

        var legs = LoadedLegs(map, a, b, shortest);

        AssertShortestWay(grid, a, b, shortest, legs);
    }

    [Theory]
    [MemberData(nameof(MapsWithObstaclesInTheWay))]
    public void A_lone_robot_carries_a_job_the_shortest_way_around_obstacles(string map)
    {
        var grid = MovingAiMap.Load(map);
        var (a, b, shortest, detour) = grid.AroundObstacles();

        var legs = LoadedLegs(map, a, b, shortest);

        Assert.True(detour > 0);
        AssertShortestWay(grid, a, b, shortest, legs);
    }

    private static void AssertShortestWay(MovingAiMap grid, (int X, int Y) a, (int X, int Y) b, int shortest, List<Leg> legs)
    {
        Assert.NotEmpty(legs);
        Assert.Equal(a, legs[0].From);
        Assert.Equal(b, legs[^1].To);
        Assert.All(legs.Zip(legs.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
        Assert.All(legs, leg => Assert.True(Math.Abs(leg.From.X - leg.To.X) + Math.Abs(leg.From.Y - leg.To.Y) == 1 && grid.IsFree(leg.To.X, leg.To.Y),
            $"the robot drove from {leg.From} to {leg.To}, which is not a step to a free neighbour"));
        Assert.Equal(shortest, legs.Count);
        Assert.Equal(shortest * 1.0, legs.Sum(leg => leg.Meters), 9); // cells of 1 m
    }

    /// <summary>Runs the scenario and returns the legs the robot drove with the job on board.</summary>
    private static List<Leg> LoadedLegs(string map, (int X, int Y) a, (int X, int Y) b, int shortest)
    {
        var plan = TestPlans.FromJson(Scenario(map, a, b, durationSeconds: (4 * shortest / Speed) + 60));
        var history = new StateHistory();

        var metrics = ReplicationRunner.Run(plan, 0, [history]).Metrics.ToDictionary(m => m.Name, m => m.Value);

        Assert.Equal(1, metrics["jobs.finished"]);
        var changes = history.Of(history.Find("amr-1").Index);
        Assert.True(changes[^1].State is not ElementState.MovingLoaded, "the robot was still driving loaded at the end of the run");
        return new TrafficAudit(plan, history, plan.Run.DurationSeconds).Drives("amr-1")
            .Where(d => d.State == ElementState.MovingLoaded)
            .Select(d => new Leg(Cell(plan, d.From), Cell(plan, d.To), plan.Layout!.Nodes[d.From].Position.DistanceTo(plan.Layout.Nodes[d.To].Position)))
            .ToList();
    }

    /// <summary>The cell whose centre is the node's position (cells are 1 m, centred at (x + 0.5, y + 0.5) m).</summary>
    private static (int X, int Y) Cell(FactoryPlan plan, int node)
    {
        var position = plan.Layout!.Nodes[node].Position;
        var (x, y) = (position.X - 0.5, position.Y - 0.5);
        Assert.True(Math.Abs(x - Math.Round(x)) < 1e-9 && Math.Abs(y - Math.Round(y)) < 1e-9, $"node {plan.Layout.Nodes[node].Id} is not at a cell's centre: {position}");
        return ((int)Math.Round(x), (int)Math.Round(y));
    }

    private static string Scenario(string map, (int X, int Y) a, (int X, int Y) b, double durationSeconds) => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "formatVersion": 1, "name": "shortest-path", "seed": 1,
          "run": { "durationSeconds": {{durationSeconds}} },
          "layout": { "grid": { "mapFile": "maps/{{map}}" } },
          "stations": [
            { "id": "a", "kind": "source", "location": [{{a.X}}, {{a.Y}}] },
            { "id": "b", "kind": "sink", "location": [{{b.X}}, {{b.Y}}] }
          ],
          "products": [ { "id": "parcel", "routing": [ { "station": "a" }, { "station": "b" } ] } ],
          "demand": [ { "product": "parcel", "scheduleSeconds": [0] } ],
          "robots": [ { "id": "amr", "kind": "amr", "count": 1, "start": [[{{a.X}}, {{a.Y}}]], "speedMetersPerSecond": {{Speed}}, "loadSeconds": 0, "unloadSeconds": 0 } ]
        }
        """);

    /// <summary>One lane driven with a load: from a cell to a neighbour, and the metres between the recorded positions.</summary>
    private sealed record Leg((int X, int Y) From, (int X, int Y) To, double Meters);
}
