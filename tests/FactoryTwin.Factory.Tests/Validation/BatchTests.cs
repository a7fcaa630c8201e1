using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Validation;

/// <summary>Process batches (an oven) and move batches, against what Factory Physics and a little arithmetic say.</summary>
public sealed class BatchTests
{
    /// <summary>
    /// Jobs every 10 s into an oven that bakes 4 at once for 30 s: the i-th job of a batch waits for 4 − i more
    /// arrivals, (k − 1)·a / 2 = 15 s on average, and the oven is always free when a batch is full (30 &lt; 40 s), so every
    /// job's cycle time is its wait plus 30 s: 45 s on average, from 30 + 30 = 60 s for the first of a batch to 30 s for the last.
    /// The first job comes at 10 s, so batch j is full at 40j and done at 40j + 30: 100 batches by 4035 s, with the
    /// jobs of 4010, 4020 and 4030 s waiting for the next.
    /// </summary>
    [Fact]
    public void An_oven_of_four_fed_every_10_seconds_holds_each_job_15_seconds_on_average_for_its_batch()
    {
        var run = Replications.Run(Oven("10"), 1);

        Assert.Equal(15, run["station.oven.waitMeanSeconds"], 9);
        Assert.Equal(45, run["cycleTime.meanSeconds"], 9);
        Assert.Equal(60, run["cycleTime.maxSeconds"], 9);
        Assert.Equal(400, run["jobs.finished"]);
        Assert.Equal(3, run["jobs.inProgressAtEnd"]);
    }

    /// <summary>
    /// Poisson arrivals at λ = 1/10 s into a 4-job oven that bakes for 1 s: the wait for the batch is (k − 1) / (2λ) =
    /// 15 s whatever the arrivals' spread, and a batch finds the oven busy only if the next forms within 1 s
    /// (P(Erlang(4, λ) &lt; 1 s) ≈ 4·10⁻⁶), so the cycle time is 16 s.
    /// </summary>
    [Fact]
    public void With_Poisson_arrivals_the_wait_for_a_batch_of_k_is_k_minus_one_over_two_lambda()
    {
        var runs = Replications.Run(Oven("""{ "exponential": { "meanSeconds": 10 } }""", bake: 1, durationSeconds: 200_000, replications: 10), 10);

        Replications.AssertInsideNarrowInterval(15, runs.Summary("station.oven.waitMeanSeconds"), 0.05);
        Replications.AssertInsideNarrowInterval(16, runs.Summary("cycleTime.meanSeconds"), 0.05);
    }

    /// <summary>
    /// Factory Physics' worst case: a balanced line of 4 machines of 10 s (T₀ = 40 s, r_b = 1/10 s), CONWIP w = 4 =
    /// W₀, where the jobs move in one batch of w from step to step. Then CT = w·T₀ = 160 s and TH = 1/T₀ = 90 jobs/h;
    /// moving one by one it is the best case, CT = T₀ = 40 s and TH = r_b = 360 jobs/h.
    /// </summary>
    [Theory]
    [InlineData(4, 160, 90)]
    [InlineData(1, 40, 360)]
    public void A_balanced_CONWIP_line_that_moves_its_whole_WIP_as_one_batch_is_Factory_Physics_worst_case(int moveBatch, double cycleTime, double throughput)
    {
        var step = (string station) => $$"""{ "station": "{{station}}", "moveBatch": {{moveBatch}} }""";
        var run = Replications.Run(TestPlans.FromJson($$"""
            {
              "formatVersion": 1, "name": "worst-case", "seed": 1,
              "run": { "durationSeconds": 101000, "warmupSeconds": 1000, "replications": 1 },
              "stations": [
                { "id": "release", "kind": "source" },
                { "id": "m1", "kind": "machine", "processTime": 10 },
                { "id": "m2", "kind": "machine", "processTime": 10 },
                { "id": "m3", "kind": "machine", "processTime": 10 },
                { "id": "m4", "kind": "machine", "processTime": 10 },
                { "id": "done", "kind": "sink" }
              ],
              "products": [ { "id": "job", "routing": [ {{step("release")}}, {{step("m1")}}, {{step("m2")}}, {{step("m3")}}, {{step("m4")}}, { "station": "done" } ] } ],
              "demand": [ { "product": "job", "conwip": 4 } ]
            }
            """), 1);

        Assert.Equal(cycleTime, run["cycleTime.meanSeconds"], 9);
        Assert.Equal(cycleTime, run["cycleTime.maxSeconds"], 9);
        Assert.Equal(throughput, run["throughput.jobsPerHour"], 0);
    }

    private static FactoryPlan Oven(string interarrival, double bake = 30, double durationSeconds = 4035, int replications = 1) => TestPlans.FromJson($$"""
        {
          "formatVersion": 1, "name": "oven", "seed": 3,
          "run": { "durationSeconds": {{durationSeconds}}, "replications": {{replications}} },
          "stations": [
            { "id": "in", "kind": "source" },
            { "id": "oven", "kind": "machine", "processTime": {{bake}}, "batchSize": 4 },
            { "id": "out", "kind": "sink" }
          ],
          "products": [ { "id": "job", "routing": [ { "station": "in" }, { "station": "oven" }, { "station": "out" } ] } ],
          "demand": [ { "product": "job", "interarrivalTime": {{interarrival}} } ]
        }
        """);
}
