using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Running;

namespace FactoryTwin.Experiments.Tests.Running;

/// <summary>How the runs of an experiment are shared out among N machines.</summary>
public sealed class ShardTests
{
    [Fact]
    public void A_comparison_shares_out_whole_replications_so_each_shard_pairs_its_alternatives()
    {
        // 2 alternatives × 3 replications on 2 machines: shard 1 takes replications 0 and 2 of both, shard 2 replication 1.
        Assert.Equal([new RunKey(0, 0), new RunKey(0, 2), new RunKey(1, 0), new RunKey(1, 2)], new Shard(1, 2).RunsOf(2, 3, paired: true).OrderBy(k => k.Alternative).ThenBy(k => k.Replication));
        Assert.Equal([new RunKey(0, 1), new RunKey(1, 1)], new Shard(2, 2).RunsOf(2, 3, paired: true).OrderBy(k => k.Alternative).ThenBy(k => k.Replication));
        Assert.True(Shard.Paired("compare"));
        Assert.False(Shard.Paired("sweep"));
    }

    [Fact]
    public void A_sweep_shares_out_runs_by_their_place_so_few_replications_of_many_points_still_spread()
    {
        // 3 points × 1 replication on 3 machines: one run each (by replication, all would go to the first).
        for (var i = 1; i <= 3; i++)
            Assert.Single(new Shard(i, 3).RunsOf(3, 1));
    }
}
