using System.Globalization;
using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Agents;

/// <summary>
/// Batteries drain by distance, robots charge below their threshold, and a robot whose battery cannot cover its next
/// lane stops for good, checked on a line where every distance is known in advance.
/// </summary>
/// <remarks>
/// The floor is a straight line in (0 m) – mid (6 m) – out (12 m), and a charger 4 m off 'in'. The one robot starts on
/// mid, the only place that is not a station's, so it parks there when idle. Every job costs exactly 24 m: to 'in'
/// from wherever the robot is (mid, or out when the next job is already waiting), 12 m loaded to 'out', and back
/// towards mid or in. With 0.01 Wh/m and 1 Wh the battery covers 100 m.
/// </remarks>
public sealed class BatteryTests
{
    private const double DrainPerMeter = 0.01;
    private const double Capacity = 1;

    [Fact]
    public void A_robot_that_never_charges_stops_when_its_next_lane_needs_more_than_is_left()
    {
        // Jobs 1 to 4 and the drives back take 4 × 24 = 96 m; job 5 would need 6 m more to reach 'in', but 4 m is left.
        var metrics = Run(chargeThresholdPercent: 0);

        Assert.Equal(1, metrics["fleet.amr.robotsStopped"]);
        Assert.Equal(4, metrics["fleet.amr.tasksDone"]);
        Assert.Equal(4, metrics["jobs.finished"]);
        Assert.Equal(96, metrics["fleet.amr.distanceMeters"], 1e-9);
        Assert.Equal(96 * DrainPerMeter, metrics["fleet.amr.energyWattHours"], 1e-6);
        Assert.True(metrics["fleet.amr.stoppedFraction"] > 0.5, $"stopped for {metrics["fleet.amr.stoppedFraction"]:P1} of the hour");
    }

    [Fact]
    public void A_robot_that_charges_below_half_never_stops_and_uses_energy_in_proportion_to_distance()
    {
        // Below 50% (50 m left) it charges; no job needs more than 24 m and the charger is at most 16 m away.
        var metrics = Run(chargeThresholdPercent: 50);

        Assert.Equal(0, metrics["fleet.amr.robotsStopped"]);
        Assert.Equal(0, metrics["fleet.amr.stoppedFraction"]);
        Assert.True(metrics["fleet.amr.chargingFraction"] > 0, "the robot never charged");
        Assert.True(metrics["jobs.finished"] > 20, $"only {metrics["jobs.finished"]} jobs in an hour with a job a minute");
        Assert.True(metrics["fleet.amr.distanceMeters"] > 4 * Capacity / DrainPerMeter, "it never needed a second charge");
        // A lane's energy is taken as the robot enters it, its distance counted as it arrives: the hour may end with one
        // 6 m lane under way.
        var driven = metrics["fleet.amr.distanceMeters"];
        Assert.InRange(metrics["fleet.amr.energyWattHours"], (DrainPerMeter * driven) - 1e-4, (DrainPerMeter * (driven + 6)) + 1e-4);
    }

    private static Replications Run(double chargeThresholdPercent)
    {
        var plan = TestPlans.FromJson(string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "formatVersion": 1, "name": "battery-line", "seed": 3,
          "run": { "durationSeconds": 3600 },
          "layout": { "graph": {
            "nodes": [ { "id": "in", "xMeters": 0, "yMeters": 0 }, { "id": "mid", "xMeters": 6, "yMeters": 0 },
                       { "id": "out", "xMeters": 12, "yMeters": 0 }, { "id": "dock", "xMeters": 0, "yMeters": 4 } ],
            "edges": [ { "from": "in", "to": "mid" }, { "from": "mid", "to": "out" }, { "from": "in", "to": "dock" } ] } },
          "stations": [
            { "id": "in", "kind": "source", "location": "in" },
            { "id": "out", "kind": "sink", "location": "out" },
            { "id": "charger", "kind": "charger", "location": "dock" }
          ],
          "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
          "demand": [ { "product": "part", "interarrivalTime": { "exponential": { "meanSeconds": 60 } } } ],
          "robots": [ {
            "id": "amr", "kind": "amr", "count": 1, "start": [ "mid" ], "speedMetersPerSecond": 1, "loadSeconds": 2, "unloadSeconds": 2,
            "battery": { "capacityWattHours": {{Capacity}}, "drainWattHoursPerMeter": {{DrainPerMeter}}, "chargeWatts": 36,
                         "chargeThresholdPercent": {{chargeThresholdPercent}} }
          } ]
        }
        """));
        return Replications.Run(plan, 1);
    }
}
