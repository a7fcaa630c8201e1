using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Stations;

/// <summary>Planned maintenance and demand surges on small lines whose effect is known exactly.</summary>
public sealed class DisruptionTests
{
    /// <summary>
    /// Jobs every 20 s (from 20 s) to a machine of 10 s, maintained from 1005 to 1605 s. The job of 1000 s is stopped
    /// half done and finished at 1610 s (610 s in all, the longest); the 30 that come meanwhile wait and are cleared by
    /// 2210 s, so all 199 jobs of the 4000 s are done, and the machine is down 600 / 4000 of the time.
    /// </summary>
    [Fact]
    public void Maintenance_takes_the_machine_down_over_its_window_and_the_job_on_it_resumes_after()
    {
        var run = Replications.Run(Line("""[ { "kind": "maintenance", "station": "m", "fromSeconds": 1005, "durationSeconds": 600 } ]"""), 1);

        Assert.Equal(0.15, run["station.m.downFraction"], 12);
        Assert.Equal(610, run["cycleTime.maxSeconds"], 9);
        Assert.Equal(199, run["jobs.finished"]);
    }

    /// <summary>
    /// Breakdowns 1000 s after each repair (simulated time) with repairs of 300 s (down 1000–1300 s, then 2300–2600 s), and maintenance from
    /// 1200 to 1500 s: the repair ends inside the maintenance, so the machine stays down until 1500 s: 800 s of 3000.
    /// </summary>
    [Fact]
    public void A_repair_that_ends_during_maintenance_leaves_the_machine_down_until_the_maintenance_ends()
    {
        var run = Replications.Run(Line("""[ { "kind": "maintenance", "station": "m", "fromSeconds": 1200, "durationSeconds": 300 } ]""",
            failures: """, "failures": { "timeBetweenFailures": 1000, "repairTime": 300 }""", durationSeconds: 3000), 1);

        Assert.Equal(800.0 / 3000, run["station.m.downFraction"], 12);
    }

    /// <summary>
    /// Arrivals every 100 s, twice as often from 1000 to 2000 s: 10 by 1000 s (100, ..., 1000), 20 in the surge
    /// (1050, ..., 2000), then every 100 s again, 9 before 3000 s: 39, against 29 without the surge.
    /// </summary>
    [Fact]
    public void A_surge_doubles_the_arrivals_over_its_window_and_no_more()
    {
        var surged = Replications.Run(Line("""[ { "kind": "surge", "product": "p", "fromSeconds": 1000, "durationSeconds": 1000, "rateMultiplier": 2 } ]""",
            interarrival: "100", durationSeconds: 3000), 1);
        var plain = Replications.Run(Line("[]", interarrival: "100", durationSeconds: 3000), 1);

        Assert.Equal(39, surged["jobs.started"]);
        Assert.Equal(29, plain["jobs.started"]);
    }

    /// <summary>Poisson arrivals at 1 a minute for 10 h, three times as many from 3 h to 4 h: on average 60 · (10 + 2 · 1) = 720.</summary>
    [Fact]
    public void A_surge_of_Poisson_arrivals_adds_its_extra_rate_times_its_length()
    {
        var runs = Replications.Run(Line("""[ { "kind": "surge", "fromSeconds": 10800, "durationSeconds": 3600, "rateMultiplier": 3 } ]""",
            interarrival: """{ "exponential": { "meanSeconds": 60 } }""", durationSeconds: 36000, processSeconds: 1), 20);

        Replications.AssertInsideNarrowInterval(720, runs.Summary("jobs.started"), 0.05);
    }

    private static FactoryPlan Line(string disruptions, string interarrival = "20", string failures = "", double durationSeconds = 4000, double processSeconds = 10) =>
        TestPlans.FromJson($$"""
        {
          "formatVersion": 1, "name": "disrupted", "seed": 4,
          "run": { "durationSeconds": {{durationSeconds}}, "replications": 1 },
          "stations": [
            { "id": "in", "kind": "source" },
            { "id": "m", "kind": "machine", "processTime": {{processSeconds}}{{failures}} },
            { "id": "out", "kind": "sink" }
          ],
          "products": [ { "id": "p", "routing": [ { "station": "in" }, { "station": "m" }, { "station": "out" } ] } ],
          "demand": [ { "product": "p", "interarrivalTime": {{interarrival}} } ],
          "disruptions": {{disruptions}}
        }
        """);
}
