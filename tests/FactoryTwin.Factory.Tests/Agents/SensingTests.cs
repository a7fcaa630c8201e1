using FactoryTwin.Des;
using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Agents;

/// <summary>What a robot observes of the others: only those within sensor range, and the places they hold.</summary>
public sealed class SensingTests
{
    [Fact]
    public void A_robot_sees_the_robots_and_held_places_within_its_sensor_range_and_nothing_beyond()
    {
        // Three idle robots on a line: b is 5 m from a, c is 30 m away; a's sensors reach 10 m.
        var plan = TestPlans.FromJson("""
        {
          "formatVersion": 1, "name": "sensing", "seed": 1,
          "run": { "durationSeconds": 60 },
          "layout": { "graph": {
            "nodes": [ { "id": "src", "xMeters": -5, "yMeters": 0 }, { "id": "a", "xMeters": 0, "yMeters": 0 },
                       { "id": "b", "xMeters": 5, "yMeters": 0 }, { "id": "far", "xMeters": 30, "yMeters": 0 } ],
            "edges": [ { "from": "src", "to": "a" }, { "from": "a", "to": "b" }, { "from": "b", "to": "far" } ] } },
          "stations": [ { "id": "src", "kind": "source", "location": "src" }, { "id": "sink", "kind": "sink", "location": "far" } ],
          "products": [ { "id": "p", "routing": [ { "station": "src" }, { "station": "sink" } ] } ],
          "demand": [ { "product": "p", "interarrivalTime": 100000 } ],
          "robots": [ { "id": "amr", "kind": "amr", "count": 3, "start": [ "a", "b", "far" ], "speedMetersPerSecond": 1,
                        "sensors": { "rangeMeters": 10 } } ]
        }
        """);
        var world = new FactoryWorld(plan, new Simulation(plan.Seed));
        world.Start();
        world.Simulation.Run(until: 1);
        var sensing = new Sensing(world, world.Tasks!, world.Traffic!, world.Robots, []);

        var seen = sensing.Observe(world.Robots[0], withFleetView: false);

        Assert.Equal(["amr-2"], seen.Nearby.Select(r => r.Id));
        Assert.Equal(["b"], seen.HeldNearby);
    }
}
