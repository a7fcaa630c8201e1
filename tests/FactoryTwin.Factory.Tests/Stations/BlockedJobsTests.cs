using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Stations;

/// <summary>Machines that must hold finished jobs because the output buffer is full, worked out by hand on a deterministic line.</summary>
public sealed class BlockedJobsTests
{
    /// <summary>
    /// Five jobs at t = 0, instant transfers; A takes 1 s and has room for one finished job, B takes 10 s and room for
    /// one waiting job. Job 1 reaches B's machine at 1, job 2 B's buffer at 2, job 3 A's output at 3 (B is full); so
    /// job 4, done at 4, is held until B finishes job 1 at 11 (job 2 onto B, job 3 into B's buffer, job 4 out), and
    /// job 5, done at 12, until 21. Two holds, 7 + 9 = 16 s of the 100 s; the last job leaves B at 51.
    /// </summary>
    [Fact]
    public void A_machine_before_a_slow_one_holds_the_fourth_and_fifth_jobs_for_sixteen_seconds()
    {
        var run = Replications.Run(Line(outputCapacity: 1), 1);

        Assert.Equal(2, run["station.A.blockedJobs"]);
        Assert.Equal(0.16, run["station.A.blockedFraction"], 12);
        Assert.Equal(0, run["station.B.blockedJobs"]);
        Assert.Equal(5, run["jobs.finished"]);
        Assert.Equal(51, run["cycleTime.maxSeconds"], 12);
    }

    [Fact]
    public void With_room_for_every_finished_job_no_machine_is_ever_blocked()
    {
        var run = Replications.Run(Line(outputCapacity: null), 1);

        Assert.Equal(0, run["station.A.blockedJobs"]);
        Assert.Equal(0, run["station.A.blockedFraction"]);
        Assert.Equal(51, run["cycleTime.maxSeconds"], 12);
    }

    private static FactoryPlan Line(int? outputCapacity) => TestPlans.FromJson($$"""
        {
          "formatVersion": 1, "name": "blocking", "seed": 1,
          "run": { "durationSeconds": 100, "replications": 1 },
          "stations": [
            { "id": "in", "kind": "source" },
            { "id": "A", "kind": "machine", "processTime": 1{{(outputCapacity is { } c ? $", \"outputBufferCapacity\": {c}" : "")}} },
            { "id": "B", "kind": "machine", "processTime": 10, "inputBufferCapacity": 1 },
            { "id": "out", "kind": "sink" }
          ],
          "products": [ { "id": "job", "routing": [ { "station": "in" }, { "station": "A" }, { "station": "B" }, { "station": "out" } ] } ],
          "demand": [ { "product": "job", "scheduleSeconds": [0, 0, 0, 0, 0] } ]
        }
        """);
}
