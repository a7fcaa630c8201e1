using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.World;

/// <summary>Job counts leave out the warm-up like every other metric, checked on a line where every time is fixed.</summary>
public sealed class WarmupCountTests
{
    [Fact]
    public void Jobs_started_and_finished_count_only_after_the_warm_up_and_jobs_in_progress_at_the_end_are_all_inside()
    {
        // A job every 60 s from t = 60 (t = 60, 120, ..., 3600: 60 released by the end), each 90 s on one of two machines,
        // so job k leaves at 60k + 90. Warm-up 600 s: started from t = 600 are k = 10..59 (t = 3600 is the end,
        // not run) = 50; finished in [600, 3600) are k with 600 <= 60k + 90 < 3600, k = 9..58 = 50; inside at the end: k = 58
        // leaves at 3570, k = 59 (released 3540) is still inside: 1.
        var plan = TestPlans.FromJson("""
        {
          "formatVersion": 1, "name": "warm-line", "seed": 1,
          "run": { "durationSeconds": 3600, "warmupSeconds": 600 },
          "stations": [
            { "id": "in", "kind": "source" },
            { "id": "press", "kind": "machine", "machines": 2, "processTime": 90 },
            { "id": "out", "kind": "sink" }
          ],
          "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "press" }, { "station": "out" } ] } ],
          "demand": [ { "product": "part", "interarrivalTime": 60 } ]
        }
        """);

        var metrics = Replications.Run(plan, 1);

        Assert.Equal(50, metrics["jobs.started"]);
        Assert.Equal(50, metrics["jobs.finished"]);
        Assert.Equal(1, metrics["jobs.inProgressAtEnd"]);
        Assert.Equal(50 / ((3600.0 - 600) / 3600), metrics["throughput.jobsPerHour"], 1e-9);
    }
}
