using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Stations;

/// <summary>Conveyors worked out by hand: the time to cross, the spacing that caps their rate, and what a blocked end does to each kind.</summary>
public sealed class ConveyorTests
{
    /// <summary>20 m at 0.5 m/s is 40 s; jobs every 10 s are further apart than the spacing (20 m / 8 = 2.5 m, 5 s), so each crosses in 40 s.</summary>
    [Fact]
    public void A_job_crosses_an_unhindered_belt_in_its_length_over_its_speed()
    {
        var run = Replications.Run(Line("10", "{ \"lengthMeters\": 20, \"speedMetersPerSecond\": 0.5, \"capacity\": 8 }"), 1);

        Assert.Equal(40, run["cycleTime.meanSeconds"], 9);
        Assert.Equal(40, run["cycleTime.maxSeconds"], 9);
        Assert.Equal(40, run["station.belt.sojournMeanSeconds"], 9);
        Assert.Equal(0, run["station.belt.waitMeanSeconds"], 9);
    }

    /// <summary>
    /// Jobs every second onto the same belt: one enters every 5 s (the spacing), at 1, 6, 11, ... s, and leaves 40 s
    /// later, so by 1000 s the jobs that entered at 1 + 5k with 41 + 5k &lt; 1000 are done: k = 0 to 191, 192 jobs.
    /// </summary>
    [Fact]
    public void The_spacing_caps_what_a_belt_carries_at_capacity_times_speed_over_length()
    {
        var run = Replications.Run(Line("1", "{ \"lengthMeters\": 20, \"speedMetersPerSecond\": 0.5, \"capacity\": 8 }"), 1);

        Assert.Equal(192, run["jobs.finished"]);
    }

    /// <summary>
    /// A 10 m belt at 1 m/s with room for 10 (1 s apart) feeds a machine of 100 s with room for one waiting job. Six
    /// jobs at t = 0 enter at 0, 1, ..., 5 s. The first reaches the machine at 10, the second its buffer at 11, the third
    /// waits at the belt's end from 12 (the machine's buffer is full) until the machine takes the second at 110; the
    /// fourth, one spacing short of the end at 12, is held. A seventh job comes at 20 s: an accumulating belt still takes
    /// it at once (4 jobs on it), a stopping one only when it moves again at 110. Mean wait to get on: 15/7 s against
    /// (15 + 90)/7 = 15 s.
    /// </summary>
    [Theory]
    [InlineData(true, 15.0 / 7)]
    [InlineData(false, 15.0)]
    public void A_blocked_end_stops_a_non_accumulating_belt_but_an_accumulating_one_keeps_taking_jobs(bool accumulating, double wait)
    {
        var run = Replications.Run(TestPlans.FromJson($$"""
            {
              "formatVersion": 1, "name": "conveyor", "seed": 1,
              "run": { "durationSeconds": 200, "replications": 1 },
              "stations": [
                { "id": "in", "kind": "source" },
                { "id": "belt", "kind": "conveyor", "conveyor": { "lengthMeters": 10, "speedMetersPerSecond": 1, "capacity": 10, "accumulating": {{(accumulating ? "true" : "false")}} } },
                { "id": "press", "kind": "machine", "processTime": 100, "inputBufferCapacity": 1 },
                { "id": "out", "kind": "sink" }
              ],
              "products": [ { "id": "job", "routing": [ { "station": "in" }, { "station": "belt" }, { "station": "press" }, { "station": "out" } ] } ],
              "demand": [ { "product": "job", "scheduleSeconds": [0, 0, 0, 0, 0, 0, 20] } ]
            }
            """), 1);

        Assert.Equal(wait, run["station.belt.waitMeanSeconds"], 9);
        Assert.Equal(1, run["jobs.finished"]); // the press finishes the first at 110 and the second at 210
    }

    private static FactoryPlan Line(string interarrivalSeconds, string belt) => TestPlans.FromJson($$"""
        {
          "formatVersion": 1, "name": "conveyor", "seed": 1,
          "run": { "durationSeconds": 1000, "replications": 1 },
          "stations": [
            { "id": "in", "kind": "source" },
            { "id": "belt", "kind": "conveyor", "conveyor": {{belt}} },
            { "id": "out", "kind": "sink" }
          ],
          "products": [ { "id": "job", "routing": [ { "station": "in" }, { "station": "belt" }, { "station": "out" } ] } ],
          "demand": [ { "product": "job", "interarrivalTime": {{interarrivalSeconds}} } ]
        }
        """);
}
