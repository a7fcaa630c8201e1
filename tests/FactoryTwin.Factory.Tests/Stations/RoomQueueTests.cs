using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Stations;

/// <summary>Jobs that wait for room at a station get it first come, first served, whichever product they are.</summary>
public sealed class RoomQueueTests
{
    [Fact]
    public void Jobs_of_two_products_enter_a_full_station_in_the_order_they_came()
    {
        // Two products released every 10 s and every 25 s to a station that holds one job and works 30 s: the queue
        // grows, and each place that frees goes to the job that has waited longest, of either product.
        var plan = TestPlans.FromJson("""
        {
          "formatVersion": 1, "name": "fifo", "seed": 1,
          "run": { "durationSeconds": 3600 },
          "stations": [
            { "id": "in", "kind": "source" },
            { "id": "press", "kind": "machine", "processTime": 30, "inputBufferCapacity": 1 },
            { "id": "out", "kind": "sink" }
          ],
          "products": [
            { "id": "a", "routing": [ { "station": "in" }, { "station": "press" }, { "station": "out" } ] },
            { "id": "b", "routing": [ { "station": "in" }, { "station": "press" }, { "station": "out" } ] }
          ],
          "demand": [
            { "product": "a", "interarrivalTime": 10 },
            { "product": "b", "interarrivalTime": 25 }
          ]
        }
        """);
        var history = new StateHistory();

        ReplicationRunner.Run(plan, 0, [history]);

        // Every job: when it was released, and when the press began it (never, for the jobs still waiting at the end).
        var jobs = history.Elements.Where(e => e.Kind == ElementKind.Job)
            .Select(e => (Released: history.Of(e.Index)[0].Time, e.Id,
                Processed: history.Of(e.Index).Where(c => c.State == ElementState.Processing).Select(c => c.Time).DefaultIfEmpty(double.PositiveInfinity).First()))
            .OrderBy(j => j.Released).ThenBy(j => j.Processed)
            .ToList();
        Assert.True(jobs.Count(j => double.IsFinite(j.Processed)) > 100, $"{jobs.Count} jobs");
        Assert.True(jobs.Count(j => !double.IsFinite(j.Processed)) > 100, "the queue grows");
        for (var i = 1; i < jobs.Count; i++)
            Assert.True(jobs[i - 1].Processed <= jobs[i].Processed, $"{jobs[i].Id}, released at {jobs[i].Released} s, began at {jobs[i].Processed} s, before {jobs[i - 1].Id}, released at {jobs[i - 1].Released} s");
        Assert.Contains(jobs, j => j.Id.StartsWith('a'));
        Assert.Contains(jobs, j => j.Id.StartsWith('b'));
    }
}
