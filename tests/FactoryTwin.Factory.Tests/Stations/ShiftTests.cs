using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Stations;

/// <summary>A station's shifts: from 0 to 12 h of every day only one of its two machines works.</summary>
public sealed class ShiftTests
{
    [Fact]
    public void The_second_machine_is_off_shift_half_of_every_day()
    {
        // No job ever comes (the one on the timetable is after the end): off shift is 12 h of each of the two
        // machines' 24 h, of one machine of two: a quarter of the station's time.
        var run = Replications.Run(Plan(demand: """ "scheduleSeconds": [1000000] """), 1);

        Assert.Equal(0.25, run["station.m.offShiftFraction"], 12);
        Assert.Equal(0.75, run["station.m.starvedFraction"], 12);
    }

    [Fact]
    public void A_machine_off_shift_takes_no_job_and_utilisation_counts_only_the_time_at_work()
    {
        // Jobs every 6 s of 10 s of work: more than two machines can do, so every machine at work is always busy.
        var plan = Plan(demand: """ "interarrivalTime": 6 """);
        var history = new StateHistory();
        var metrics = ReplicationRunner.Run(plan, 0, [history]).Metrics.ToDictionary(m => m.Name, m => m.Value);

        var starts = history.Of(history.Find("m/2").Index).Where(c => c.State == ElementState.Busy).Select(c => c.Time % 86_400 / 3600).ToList();
        Assert.NotEmpty(starts);
        Assert.All(starts, hour => Assert.InRange(hour, 12, 24)); // it finishes a job past midnight, but starts none before noon
        Assert.Equal(1, metrics["station.m.utilisation"], 3); // busy all the time it is at work
        Assert.Equal(0.75, metrics["station.m.busyFraction"], 3); // which is three quarters of the machines' time
        Assert.Equal(0.25, metrics["station.m.offShiftFraction"], 3);
    }

    private static FactoryPlan Plan(string demand) => TestPlans.FromJson($$"""
        {
          "formatVersion": 1, "name": "shifts", "seed": 1,
          "run": { "durationSeconds": 172800, "replications": 1 },
          "stations": [
            { "id": "in", "kind": "source" },
            { "id": "m", "kind": "machine", "machines": 2, "processTime": 10, "shifts": [ { "fromHour": 0, "toHour": 12, "machines": 1 } ] },
            { "id": "out", "kind": "sink" }
          ],
          "products": [ { "id": "p", "routing": [ { "station": "in" }, { "station": "m" }, { "station": "out" } ] } ],
          "demand": [ { "product": "p", {{demand}} } ]
        }
        """);
}
