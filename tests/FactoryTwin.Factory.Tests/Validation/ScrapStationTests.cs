using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Validation;

/// <summary>
/// Two M/M/1 stations in tandem, the first scrapping 20% of what it makes: a Jackson network whose flows are
/// λ = 1/75 s into A and 0.8λ into B (Poisson thinned is Poisson). So A has ρ = 0.8 and W = 60 / 0.2 = 300 s, B has
/// ρ = 0.64 and W = 60 / 0.36 = 166.7 s, the line ships 0.8 · 48 = 38.4 jobs/h and scraps 9.6 jobs/h, and a shipped
/// job's cycle time is 300 + 166.7 = 466.7 s.
/// </summary>
/// <remarks>20 replications of 10⁶ s after a 20 000 s warm-up each, seed 6 (the first tried).</remarks>
public sealed class ScrapStationTests
{
    [Fact]
    public void A_station_that_scraps_a_fifth_feeds_the_next_four_fifths_of_its_flow()
    {
        var runs = Replications.Run(TestPlans.FromJson("""
            {
              "formatVersion": 1, "name": "scrap", "seed": 6,
              "run": { "durationSeconds": 1020000, "warmupSeconds": 20000, "replications": 20 },
              "stations": [
                { "id": "arrivals", "kind": "source" },
                { "id": "A", "kind": "machine", "processTime": { "exponential": { "meanSeconds": 60 } } },
                { "id": "B", "kind": "machine", "processTime": { "exponential": { "meanSeconds": 60 } } },
                { "id": "exit", "kind": "sink" }
              ],
              "products": [ { "id": "job", "routing": [ { "station": "arrivals" }, { "station": "A", "scrapProbability": 0.2 }, { "station": "B" }, { "station": "exit" } ] } ],
              "demand": [ { "product": "job", "interarrivalTime": { "exponential": { "meanSeconds": 75 } } } ]
            }
            """), 20);
        var hours = 1_000_000 / 3600.0;

        Replications.AssertInsideNarrowInterval(38.4, runs.Summary("throughput.jobsPerHour"), 0.05);
        Replications.AssertInsideNarrowInterval(9.6, Replications.Of("scrapped per hour", [.. runs.Values("jobs.scrapped").Select(n => n / hours)]), 0.05);
        Replications.AssertInsideNarrowInterval(300, runs.Summary("station.A.sojournMeanSeconds"), 0.05);
        Replications.AssertInsideNarrowInterval(60 / 0.36, runs.Summary("station.B.sojournMeanSeconds"), 0.05);
        Replications.AssertInsideNarrowInterval(300 + (60 / 0.36), runs.Summary("cycleTime.meanSeconds"), 0.05);
        Assert.Equal(runs.Values("jobs.scrapped"), runs.Values("station.A.scrappedJobs"));
    }
}
