using FactoryTwin.Des;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Stations;

/// <summary>A line stopped by a loop of full buffers is reported, not left as a silent zero; a line that works is not.</summary>
public sealed class LineWatchTests
{
    [Fact]
    public void A_rework_loop_between_two_stations_with_one_place_each_stops_the_line_and_is_warned_about_once()
    {
        // press sends 90% of its jobs back to drill; each holds one job waiting and one finished. Soon drill's finished
        // job waits for room at press, press's for room at drill, and both are blocked for good.
        var warnings = Run("""
            {
              "formatVersion": 1, "name": "loop", "seed": 3,
              "run": { "durationSeconds": 36000 },
              "stations": [
                { "id": "in", "kind": "source" },
                { "id": "drill", "kind": "machine", "processTime": 30, "inputBufferCapacity": 1, "outputBufferCapacity": 1 },
                { "id": "press", "kind": "machine", "processTime": 30, "inputBufferCapacity": 1, "outputBufferCapacity": 1 },
                { "id": "out", "kind": "sink" }
              ],
              "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "drill" },
                { "station": "press", "rework": { "probability": 0.9, "toStep": 1 } }, { "station": "out" } ] } ],
              "demand": [ { "product": "part", "interarrivalTime": 20 } ]
            }
            """);

        var warning = Assert.Single(warnings);
        Assert.Contains("the line has stopped at t=", warning, StringComparison.Ordinal);
        Assert.Contains("none has moved for 600 s", warning, StringComparison.Ordinal);
        Assert.Contains("blocked: drill, press", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Jobs_left_short_of_a_full_batch_are_named_in_the_warning()
    {
        var warnings = Run("""
            {
              "formatVersion": 1, "name": "short-batch", "seed": 1,
              "run": { "durationSeconds": 3600 },
              "stations": [
                { "id": "in", "kind": "source" },
                { "id": "oven", "kind": "machine", "processTime": 60, "batchSize": 4 },
                { "id": "out", "kind": "sink" }
              ],
              "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "oven" }, { "station": "out" } ] } ],
              "demand": [ { "product": "part", "scheduleSeconds": [0, 0, 0] } ]
            }
            """);

        var warning = Assert.Single(warnings);
        Assert.Contains("3 jobs inside", warning, StringComparison.Ordinal);
        Assert.Contains("waiting for a full batch: oven", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assembly-cell.json")]
    [InlineData("maintenance-surge.json")]
    [InlineData("aisle-closure.json")]
    [InlineData("mm3-station.json")]
    [InlineData("penny-fab-one.json")]
    [InlineData("job-shop.json")]
    public void A_line_that_works_is_not_warned_about(string example)
    {
        var plan = TestPlans.Example(example);
        plan = plan with { Run = plan.Run with { DurationSeconds = Math.Min(plan.Run.DurationSeconds, 200_000) } };
        var warnings = new List<string>();
        var world = new FactoryWorld(plan, new Simulation(plan.Seed), []) { Warnings = warnings.Add };
        world.Start();
        world.Simulation.Run(until: plan.Run.DurationSeconds);

        Assert.DoesNotContain(warnings, w => w.Contains("line has stopped", StringComparison.Ordinal));
    }

    private static List<string> Run(string json)
    {
        var plan = TestPlans.FromJson(json);
        var warnings = new List<string>();
        var world = new FactoryWorld(plan, new Simulation(plan.Seed), []) { Warnings = warnings.Add };
        world.Start();
        world.Simulation.Run(until: plan.Run.DurationSeconds);
        return warnings;
    }
}
