using FactoryTwin.Des;
using FactoryTwin.Factory.Metrics;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Traffic;

/// <summary>The traffic invariants (node capacity, one robot per lane, moves along lanes, speed limits, turning time) hold on the traces of busy runs, checked independently of the planner.</summary>
public sealed class TrafficSafetyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1.5)]
    public void A_hundred_robots_on_random_32_32_20_never_meet_keep_moving_and_lose_no_job(double turnSecondsPer90Degrees)
    {
        var cells = GridScenarios.LargestPart("random-32-32-20.map");
        var stations = new (string Id, string Kind, (int, int) Cell, string Extra)[]
        {
            ("in-a", "source", GridScenarios.Near(cells, 1, 1), ""),
            ("in-b", "source", GridScenarios.Near(cells, 30, 30), ""),
            ("cut", "machine", GridScenarios.Near(cells, 30, 1), ", \"machines\": 1, \"processTime\": { \"exponential\": { \"meanSeconds\": 4 } }"),
            ("weld", "machine", GridScenarios.Near(cells, 1, 30), ", \"machines\": 1, \"processTime\": { \"exponential\": { \"meanSeconds\": 4 } }"),
            ("out", "sink", GridScenarios.Near(cells, 16, 16), ""),
        };
        var json = $$"""
        {
          "formatVersion": 1, "name": "hundred", "seed": 5,
          "run": { "durationSeconds": 1200 },
          "layout": { "grid": { "mapFile": "maps/random-32-32-20.map" } },
          "stations": [ {{string.Join(",\n", stations.Select(s => $"{{ \"id\": \"{s.Id}\", \"kind\": \"{s.Kind}\", \"location\": {GridScenarios.Json(s.Cell)}{s.Extra} }}"))}} ],
          "products": [
            { "id": "a", "routing": [ { "station": "in-a" }, { "stations": [ "cut", "weld" ] }, { "station": "out" } ] },
            { "id": "b", "routing": [ { "station": "in-b" }, { "station": "weld" }, { "station": "out" } ] }
          ],
          "demand": [
            { "product": "a", "interarrivalTime": { "exponential": { "meanSeconds": 6 } } },
            { "product": "b", "interarrivalTime": { "exponential": { "meanSeconds": 9 } } }
          ],
          "robots": [ { "id": "amr", "kind": "amr", "count": 100, "startNear": {{GridScenarios.Json(GridScenarios.Near(cells, 16, 8))}}, "speedMetersPerSecond": 1,
                        "turnSecondsPer90Degrees": {{turnSecondsPer90Degrees.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "loadSeconds": 2, "unloadSeconds": 2 } ]
        }
        """;
        var plan = TestPlans.FromJson(json);

        var (world, history) = Run(plan);

        var violations = new TrafficAudit(plan, history, plan.Run.DurationSeconds).Violations();
        Assert.True(violations.Count == 0, $"{violations.Count} violations, the first: {string.Join("; ", violations.Take(5))}");
        // Liveness: the crowd keeps moving; jobs are still finishing in the last tenth of the run.
        var lastFinish = history.Elements.Where(e => e.Kind == ElementKind.Job).Select(e => history.Of(e.Index)[^1])
            .Where(c => c.State == ElementState.Done).Select(c => c.Time).DefaultIfEmpty(0).Max();
        Assert.True(world.JobsFinished > 20, $"only {world.JobsFinished} jobs finished");
        Assert.True(lastFinish > 0.9 * plan.Run.DurationSeconds, $"the last job finished at t={lastFinish}: the floor is gridlocked");
        var done = history.Elements.Where(e => e.Kind == ElementKind.Job).Count(e => history.Of(e.Index)[^1].State == ElementState.Done);
        Assert.Equal(world.JobsStarted, done + world.JobsInProgress);
        Assert.Equal(world.JobsFinished, done);
    }

    [Theory]
    [InlineData("job-shop.json", 14_400)]
    [InlineData("warehouse.json", 3_600)]
    [InlineData("warehouse-large.json", 900)]
    [InlineData("aisle-closure.json", 14_400)]
    [InlineData("robot-breakdowns.json", 7_200)]
    public void The_example_fleets_never_meet(string scenario, double seconds)
    {
        var plan = TestPlans.Example(scenario);
        plan = plan with { Run = plan.Run with { DurationSeconds = seconds, WarmupSeconds = 0 } };

        var (world, history) = Run(plan);

        var violations = new TrafficAudit(plan, history, seconds).Violations();
        Assert.True(violations.Count == 0, $"{violations.Count} violations, the first: {string.Join("; ", violations.Take(5))}");
        Assert.True(world.JobsFinished > 10);
    }

    private static (FactoryWorld World, StateHistory History) Run(FactoryPlan plan)
    {
        var history = new StateHistory();
        var world = new FactoryWorld(plan, new Simulation(plan.Seed), [new MetricsCollector(plan), history]);
        world.Start();
        world.Simulation.Run(until: plan.Run.DurationSeconds);
        return (world, history);
    }
}
