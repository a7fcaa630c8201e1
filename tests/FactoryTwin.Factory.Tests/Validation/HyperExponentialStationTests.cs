using FactoryTwin.Des.Randomness;
using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Validation;

/// <summary>
/// M/H₂/1 written directly as a mixture: arrivals every 100 s on average, one server whose service is 30 s or 90 s
/// on average (exponential), each half the time. E[S] = 60 s, E[S²] = ½·2·30² + ½·2·90² = 9000 s², ρ = 0.6, so by
/// Pollaczek–Khinchine (VALIDATION.md) Wq = λE[S²] / (2(1 − ρ)) = 112.5 s, W = 172.5 s, Lq = λWq = 1.125. An
/// exponential service of the same mean would give Wq = 90 s, so the test tells the mixture from its mean.
/// </summary>
/// <remarks>20 replications of 10⁶ s after a 20 000 s warm-up: about 10 000 jobs each.</remarks>
public sealed class HyperExponentialStationTests(HyperExponentialStationTests.Runs runs) : IClassFixture<HyperExponentialStationTests.Runs>
{
    private const double Lambda = 1 / 100.0;
    private const double MeanService = 60;
    private const double SecondMoment = (0.5 * 2 * 30 * 30) + (0.5 * 2 * 90 * 90);
    private const double Rho = Lambda * MeanService;

    public sealed class Runs
    {
        public Runs()
        {
            Plan = TestPlans.FromJson("""
            {
              "formatVersion": 1, "name": "m-h2-1", "seed": 7,
              "run": { "durationSeconds": 1020000, "warmupSeconds": 20000, "replications": 20 },
              "stations": [
                { "id": "arrivals", "kind": "source" },
                { "id": "server", "kind": "machine", "machines": 1, "processTime": { "mixture": [
                    { "p": 0.5, "of": { "exponential": { "meanSeconds": 30 } } },
                    { "p": 0.5, "of": { "exponential": { "meanSeconds": 90 } } } ] } },
                { "id": "exit", "kind": "sink" }
              ],
              "products": [ { "id": "job", "routing": [ { "station": "arrivals" }, { "station": "server" }, { "station": "exit" } ] } ],
              "demand": [ { "product": "job", "interarrivalTime": { "exponential": { "meanSeconds": 100 } } } ]
            }
            """);
            Results = Replications.Run(Plan, Plan.Run.Replications);
        }

        public FactoryPlan Plan { get; }

        internal Replications Results { get; }
    }

    [Fact]
    public void The_scenario_reads_as_a_mixture_with_the_moments_of_H2()
    {
        var service = Assert.IsType<Mixture>(runs.Plan.Stations.Single(s => s.Id == "server").ProcessTime);

        Assert.Equal(MeanService, service.Mean, 9);
        Assert.Equal(SecondMoment - (MeanService * MeanService), service.Variance, 6);
    }

    [Fact]
    public void The_mean_queue_and_the_mean_time_in_the_system_are_those_of_Pollaczek_Khinchine()
    {
        var wq = Lambda * SecondMoment / (2 * (1 - Rho));

        Replications.AssertInsideNarrowInterval(Lambda * wq, runs.Results.Summary("station.server.inputQueueMeanJobs"), 0.05);
        Replications.AssertInsideNarrowInterval(wq + MeanService, runs.Results.Summary("cycleTime.meanSeconds"), 0.05);
        Replications.AssertInsideNarrowInterval(Rho, runs.Results.Summary("station.server.busyFraction"), 0.05);
    }
}
