using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Validation;

/// <summary>
/// Two machines that need the crew's only operator to process are one server: M/M/1 with λ = 0.8, μ = 1 (mean
/// service 60 s), so W = 1 / (μ − λ) = 5 service times = 300 s, the operator busy ρ = 0.8 of the time and each machine
/// 0.4. Without the operator the station would be M/M/2 with W = 1 / (μ(1 − (ρ/2)²)) = 71.4 s.
/// </summary>
/// <remarks>20 replications of 10⁶ s after a 20 000 s warm-up each, seed 6 (the first tried).</remarks>
public sealed class SharedOperatorStationTests
{
    [Fact]
    public void Two_machines_sharing_one_operator_queue_like_M_M_1()
    {
        var runs = Replications.Run(TestPlans.FromJson("""
            {
              "formatVersion": 1, "name": "shared-operator", "seed": 6,
              "run": { "durationSeconds": 1020000, "warmupSeconds": 20000, "replications": 20 },
              "operators": [ { "id": "fitters", "count": 1 } ],
              "stations": [
                { "id": "arrivals", "kind": "source" },
                { "id": "lathe", "kind": "machine", "machines": 2, "processTime": { "exponential": { "meanSeconds": 60 } },
                  "needsOperator": { "crew": "fitters", "during": "processing" } },
                { "id": "exit", "kind": "sink" }
              ],
              "products": [ { "id": "job", "routing": [ { "station": "arrivals" }, { "station": "lathe" }, { "station": "exit" } ] } ],
              "demand": [ { "product": "job", "interarrivalTime": { "exponential": { "meanSeconds": 75 } } } ]
            }
            """), 20);

        Replications.AssertInsideNarrowInterval(300, runs.Summary("cycleTime.meanSeconds"), 0.05);
        Replications.AssertInsideNarrowInterval(0.8, runs.Summary("crew.fitters.utilisation"), 0.05);
        Replications.AssertInsideNarrowInterval(0.4, runs.Summary("station.lathe.busyFraction"), 0.05);
        Replications.AssertInsideNarrowInterval(48, runs.Summary("throughput.jobsPerHour"), 0.05);
    }
}
