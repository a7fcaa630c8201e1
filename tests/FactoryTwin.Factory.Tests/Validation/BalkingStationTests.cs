using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Validation;

/// <summary>
/// M/M/1 with balking against its birth-death closed form: λ = 0.9, μ = 1, and an arrival that finds the machine busy
/// leaves with probability b = 0.5. Then the arrival rate is λ with n = 0 and λ(1 − b) with n ≥ 1, so
/// pₙ = p₀ ρ rⁿ⁻¹ with ρ = 0.9, r = 0.45: p₀ = 1 / (1 + ρ / (1 − r)) = 11/29, balking b(1 − p₀) = 9/29 of arrivals,
/// throughput μ(1 − p₀) = 18/29, L = p₀ ρ / (1 − r)² = 1.128527, Lq = L − (1 − p₀) = 0.507837, and by Little's law
/// Wq = Lq / throughput = 9/11 and W = 20/11, in units of the mean service time (here 60 s); of the jobs served,
/// (1 − p₀)(1 − b) / (p₀ + (1 − p₀)(1 − b)) = 0.45 wait.
/// </summary>
/// <remarks>20 replications of 10⁶ s after a 20 000 s warm-up each, seed 6 (the first tried).</remarks>
public sealed class BalkingStationTests(BalkingStationTests.Runs runs) : IClassFixture<BalkingStationTests.Runs>
{
    private const double Service = 60;

    public sealed class Runs
    {
        internal Replications Balking { get; } = Replications.Run(TestPlans.FromJson($$"""
            {
              "formatVersion": 1, "name": "balking", "seed": 6,
              "run": { "durationSeconds": 1020000, "warmupSeconds": 20000, "replications": 20 },
              "stations": [
                { "id": "arrivals", "kind": "source" },
                { "id": "server", "kind": "machine", "processTime": { "exponential": { "meanSeconds": {{Service}} } }, "balkProbability": 0.5 },
                { "id": "exit", "kind": "sink" }
              ],
              "products": [ { "id": "job", "routing": [ { "station": "arrivals" }, { "station": "server" }, { "station": "exit" } ] } ],
              "demand": [ { "product": "job", "interarrivalTime": { "exponential": { "meanSeconds": {{Service / 0.9:R}} } } } ]
            }
            """), 20);
    }

    [Fact]
    public void An_M_M_1_whose_arrivals_balk_at_a_busy_machine_half_the_time_loses_nine_twenty_ninths()
    {
        Replications.AssertInsideNarrowInterval(9.0 / 29, runs.Balking.Summary("station.server.blockingProbability"), 0.05);
        Replications.AssertInsideNarrowInterval(18.0 / 29 * 60, runs.Balking.Summary("throughput.jobsPerHour"), 0.05);
        Assert.Equal(runs.Balking.Values("station.server.lostJobs"), runs.Balking.Values("station.server.balkedJobs"));
        Assert.Equal(runs.Balking.Values("station.server.lostJobs"), runs.Balking.Values("jobs.lost"));
    }

    [Fact]
    public void Its_queue_and_times_are_those_of_the_birth_death_chain()
    {
        Replications.AssertInsideNarrowInterval(0.507837, runs.Balking.Summary("station.server.inputQueueMeanJobs"), 0.05);
        Replications.AssertInsideNarrowInterval(9.0 / 11 * Service, runs.Balking.Summary("station.server.waitMeanSeconds"), 0.05);
        Replications.AssertInsideNarrowInterval(20.0 / 11 * Service, runs.Balking.Summary("cycleTime.meanSeconds"), 0.05);
        Replications.AssertInsideNarrowInterval(0.45, runs.Balking.Summary("station.server.waitProbability"), 0.05);
    }

    /// <summary>Four jobs for one machine of 100 s that everyone balks at when busy: the first takes it; the second and third, sent the same instant, find it taken by the first (waiting or not) and balk, as does the fourth at 1 s.</summary>
    [Fact]
    public void A_job_sent_after_another_to_an_idle_machine_finds_it_taken()
    {
        var run = Replications.Run(TestPlans.FromJson("""
            {
              "formatVersion": 1, "name": "balk-same-instant", "seed": 1,
              "run": { "durationSeconds": 1000, "replications": 1 },
              "stations": [ { "id": "in", "kind": "source" }, { "id": "m", "kind": "machine", "processTime": 100, "balkProbability": 1 }, { "id": "out", "kind": "sink" } ],
              "products": [ { "id": "p", "routing": [ { "station": "in" }, { "station": "m" }, { "station": "out" } ] } ],
              "demand": [ { "product": "p", "scheduleSeconds": [0, 0, 0, 1] } ]
            }
            """), 1);

        Assert.Equal(3, run["station.m.balkedJobs"]);
        Assert.Equal(1, run["jobs.finished"]);
        Assert.Equal(0, run["station.m.waitMeanSeconds"]);
    }
}
