using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Agents;

/// <summary>What the sensors let a robot see changes what the greedy brain does: each setting moves the outcome the way it should.</summary>
/// <remarks>
/// One job, posted at t = 100 s, and two robots waiting for work since the start: amr-1 (which has waited longest, so it decides first) 45 m from the pickup, amr-2 5 m
/// from it; both drive 1 m/s. A robot that sees the other idle and nearer leaves the job to it, so the job waits 5 s
/// for its robot; a robot that does not see it (out of range, a stale picture, a noisy one) takes it itself, 45 s.
/// </remarks>
public sealed class SensorEffectTests
{
    private const double Near = 5;
    private const double Far = 45;

    private static FactoryPlan Plan(string sensors, string battery = "", double farMeters = Far) => TestPlans.FromJson($$"""
        {
          "formatVersion": 1, "name": "sensors", "seed": 3,
          "run": { "durationSeconds": 200, "warmupSeconds": 0 },
          "layout": { "graph": {
            "nodes": [ { "id": "src", "xMeters": 0, "yMeters": 0 }, { "id": "near", "xMeters": {{Near}}, "yMeters": 0 },
                       { "id": "far", "xMeters": -{{farMeters}}, "yMeters": 0 }, { "id": "out", "xMeters": 0, "yMeters": 10 },
                       { "id": "plug", "xMeters": 0, "yMeters": -10 } ],
            "edges": [ { "from": "src", "to": "near" }, { "from": "src", "to": "far" }, { "from": "src", "to": "out" }, { "from": "src", "to": "plug" } ] } },
          "stations": [ { "id": "src", "kind": "source", "location": "src" }, { "id": "sink", "kind": "sink", "location": "out" },
                        { "id": "charger", "kind": "charger", "location": "plug" } ],
          "products": [ { "id": "p", "routing": [ { "station": "src" }, { "station": "sink" } ] } ],
          "demand": [ { "product": "p", "interarrivalTime": 100 } ],
          "robots": [ { "id": "amr", "kind": "amr", "count": 2, "start": [ "far", "near" ], "speedMetersPerSecond": 1,
                        {{battery}} "sensors": {{sensors}} } ]
        }
        """);

    private static double[] TaskWaits(FactoryPlan plan, int replications) => Replications.Run(plan, replications).Values("transport.taskWaitMeanSeconds");

    [Fact]
    public void A_robot_that_sees_a_nearer_idle_robot_leaves_the_job_to_it_and_one_out_of_range_does_not()
    {
        Assert.Equal(Near, TaskWaits(Plan("""{ "rangeMeters": 100 }"""), 1)[0], 6);
        Assert.Equal(Far, TaskWaits(Plan("""{ "rangeMeters": 0 }"""), 1)[0], 6);
        Assert.Equal(Far, TaskWaits(Plan("""{ "rangeMeters": 30 }"""), 1)[0], 6); // amr-2 is 50 m from amr-1
    }

    [Fact]
    public void A_stale_picture_hides_a_robot_that_became_idle_within_the_latency()
    {
        // Both robots wait for work from t = 0 and the job is posted at t = 100: 120 s of latency see amr-2 before it began to wait.
        Assert.Equal(Near, TaskWaits(Plan("""{ "rangeMeters": 100, "latencySeconds": 90 }"""), 1)[0], 6);
        Assert.Equal(Far, TaskWaits(Plan("""{ "rangeMeters": 100, "latencySeconds": 120 }"""), 1)[0], 6);
    }

    [Fact]
    public void Noise_on_seen_positions_makes_some_choices_wrong()
    {
        // With 60 m of noise on each coordinate, amr-2 often seems farther from the pickup than amr-1.
        var exact = TaskWaits(Plan("""{ "rangeMeters": 1000 }"""), 20);
        var noisy = TaskWaits(Plan("""{ "rangeMeters": 1000, "positionNoiseMeters": 60 }"""), 20);

        Assert.All(exact, w => Assert.Equal(Near, w, 6));
        Assert.All(noisy, w => Assert.True(Math.Abs(w - Near) < 1e-6 || Math.Abs(w - Far) < 1e-6, $"{w}"));
        Assert.InRange(noisy.Count(w => Math.Abs(w - Far) < 1e-6), 3, 17); // wrong in some, right in others
    }

    [Fact]
    public void A_noisy_battery_reading_sends_robots_to_charge_that_did_not_need_to()
    {
        // The robots start at 24% with a threshold of 20% and barely drain: read exactly, nobody charges.
        const string Battery = """
            "battery": { "capacityWattHours": 1000, "drainWattHoursPerMeter": 0.001, "idleWatts": 0, "chargeWatts": 1000, "chargeThresholdPercent": 20, "initialPercent": 24 },
            """;
        var exact = Replications.Run(Plan("""{ "rangeMeters": 100 }""", Battery), 20).Values("fleet.amr.chargingFraction");
        var noisy = Replications.Run(Plan("""{ "rangeMeters": 100, "batteryNoisePercent": 8 }""", Battery), 20).Values("fleet.amr.chargingFraction");

        Assert.All(exact, f => Assert.Equal(0, f));
        Assert.InRange(noisy.Count(f => f > 0), 2, 20);
    }
}
