using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Validation;

/// <summary>
/// A Jackson network with rework written directly: arrivals every 100 s (λ = 0.01/s) at one server of 60 s on average
/// (exponential), and 20% of the jobs it finishes go back to its queue. The server sees λe = λ / (1 − 0.2) = 0.0125/s, so
/// ρ = 0.75 and, as an M/M/1 queue: L = ρ / (1 − ρ) = 3 jobs, a visit takes L / λe = 240 s (of which Wq = 180 s
/// waiting), and a job's whole stay is L / λ = 300 s (1.25 visits); 36 jobs leave an hour and the server does 45.
/// </summary>
/// <remarks>20 replications of 10⁶ s after a 20 000 s warm-up.</remarks>
public sealed class ReworkStationTests(ReworkStationTests.Runs runs) : IClassFixture<ReworkStationTests.Runs>
{
    private const double Lambda = 0.01;
    private const double Rework = 0.2;
    private const double Mu = 1 / 60.0;
    private const double LambdaE = Lambda / (1 - Rework);
    private const double Rho = LambdaE / Mu;
    private const double L = Rho / (1 - Rho);

    public sealed class Runs
    {
        public Runs()
        {
            Plan = TestPlans.FromJson("""
            {
              "formatVersion": 1, "name": "rework", "seed": 11,
              "run": { "durationSeconds": 1020000, "warmupSeconds": 20000, "replications": 20 },
              "stations": [
                { "id": "arrivals", "kind": "source" },
                { "id": "server", "kind": "machine", "machines": 1, "processTime": { "exponential": { "meanSeconds": 60 } } },
                { "id": "exit", "kind": "sink" }
              ],
              "products": [ { "id": "job", "routing": [
                { "station": "arrivals" }, { "station": "server", "rework": { "probability": 0.2, "toStep": 1 } }, { "station": "exit" } ] } ],
              "demand": [ { "product": "job", "interarrivalTime": { "exponential": { "meanSeconds": 100 } } } ]
            }
            """);
            Results = Replications.Run(Plan, Plan.Run.Replications);
        }

        public FactoryPlan Plan { get; }

        internal Replications Results { get; }
    }

    [Fact]
    public void Jobs_leave_at_the_arrival_rate_and_the_server_works_the_rework_too()
    {
        Replications.AssertInsideNarrowInterval(Lambda * 3600, runs.Results.Summary("throughput.jobsPerHour"), 0.05);
        Replications.AssertInsideNarrowInterval(LambdaE * 3600, runs.Results.Summary("station.server.jobsPerHour"), 0.05);
        Replications.AssertInsideNarrowInterval(Rho, runs.Results.Summary("station.server.busyFraction"), 0.05);
    }

    [Fact]
    public void The_times_are_those_of_the_Jackson_network()
    {
        Replications.AssertInsideNarrowInterval(L / Lambda, runs.Results.Summary("cycleTime.meanSeconds"), 0.05);
        Replications.AssertInsideNarrowInterval(L / LambdaE, runs.Results.Summary("station.server.sojournMeanSeconds"), 0.05);
        Replications.AssertInsideNarrowInterval(Rho * L / LambdaE, runs.Results.Summary("station.server.waitMeanSeconds"), 0.05);
        Replications.AssertInsideNarrowInterval(L, runs.Results.Summary("wip.meanJobs"), 0.05);
    }
}
