using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Running;

namespace FactoryTwin.Experiments.Tests.Running;

/// <summary>Runs are handed out so that the workers finish together: each alternative measured once, then the longest first.</summary>
public sealed class RunSchedulerTests
{
    [Fact]
    public void Each_alternative_is_measured_first_then_the_longest_runs_go_first()
    {
        var scheduler = new RunScheduler(3, Grid(alternatives: 3, replications: 3));

        var probes = TakeAll(scheduler, 3);
        scheduler.Finished(new RunKey(0, 0), 1.0);
        scheduler.Finished(new RunKey(1, 0), 3.0);
        scheduler.Finished(new RunKey(2, 0), 2.0);
        var rest = TakeAll(scheduler);

        Assert.Equal([new(0, 0), new(1, 0), new(2, 0)], probes);
        Assert.Equal([new(1, 1), new(1, 2), new(2, 1), new(2, 2), new(0, 1), new(0, 2)], rest);
    }

    [Fact]
    public void One_alternative_keeps_the_experiments_order_while_its_first_run_is_measured()
    {
        var scheduler = new RunScheduler(1, Grid(alternatives: 1, replications: 4));

        Assert.Equal([new(0, 0), new(0, 1), new(0, 2), new(0, 3)], TakeAll(scheduler));
    }

    [Fact]
    public void Runs_measured_before_a_resume_count_and_only_the_unmeasured_alternative_is_probed()
    {
        var pending = new RunKey[] { new(0, 2), new(0, 3), new(1, 2), new(1, 3), new(2, 0), new(2, 1) };
        var scheduler = new RunScheduler(3, pending, [(0, 1.0), (0, 1.5), (1, 5.0)]);

        Assert.Equal([new(2, 0), new(1, 2), new(1, 3), new(0, 2), new(0, 3), new(2, 1)], TakeAll(scheduler));
    }

    [Fact]
    public void The_expected_length_is_the_mean_of_the_runs_measured()
    {
        var scheduler = new RunScheduler(2, Grid(alternatives: 2, replications: 4));
        TakeAll(scheduler, 2);
        scheduler.Finished(new RunKey(0, 0), 4.0);
        scheduler.Finished(new RunKey(1, 0), 3.0);
        TakeAll(scheduler, 1); // (0, 1), the longer so far
        scheduler.Finished(new RunKey(0, 1), 1.0); // alternative 0 now averages 2.5 s

        Assert.Equal([new(1, 1), new(1, 2), new(1, 3), new(0, 2), new(0, 3)], TakeAll(scheduler));
    }

    [Fact]
    public void Workers_taking_at_once_get_every_run_exactly_once()
    {
        var pending = Grid(alternatives: 7, replications: 300);
        var scheduler = new RunScheduler(7, pending);
        var taken = new List<RunKey>[4];

        Parallel.For(0, taken.Length, new ParallelOptions { MaxDegreeOfParallelism = taken.Length }, worker =>
        {
            taken[worker] = [];
            var random = new Random(worker);
            while (scheduler.TryTake(out var key))
            {
                taken[worker].Add(key);
                scheduler.Finished(key, random.NextDouble());
            }
        });

        var all = taken.SelectMany(t => t).ToList();
        Assert.Equal(pending.Count, all.Count);
        Assert.Equal(pending.ToHashSet(), all.ToHashSet());
    }

    private static List<RunKey> Grid(int alternatives, int replications) =>
        [.. Enumerable.Range(0, alternatives).SelectMany(a => Enumerable.Range(0, replications).Select(r => new RunKey(a, r)))];

    private static List<RunKey> TakeAll(RunScheduler scheduler, int most = int.MaxValue)
    {
        var keys = new List<RunKey>();
        while (keys.Count < most && scheduler.TryTake(out var key))
            keys.Add(key);
        return keys;
    }
}
