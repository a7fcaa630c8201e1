using FactoryTwin.Cli.Commands;
using FactoryTwin.Experiments.Running;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary>The progress bar's words: a single long replication says how much of its simulated time is done, not only "0 of 1".</summary>
public sealed class ProgressTextTests
{
    [Fact]
    public void A_single_replication_under_way_shows_its_simulated_hours()
    {
        Assert.Equal("0 of 1 replications, 3.2 of 8 simulated h", RunCommand.ProgressText(new ExperimentProgress(0, 1, null, 0.4), 8 * 3600));
    }

    [Fact]
    public void Several_under_way_show_their_simulated_hours_together()
    {
        Assert.Equal("3 of 10 replications, 6.0 simulated h under way (8 h each)", RunCommand.ProgressText(new ExperimentProgress(3, 10, null, 0.75), 8 * 3600));
        Assert.Equal("10 of 10 replications", RunCommand.ProgressText(new ExperimentProgress(10, 10, null), 8 * 3600));
    }

    [Fact]
    public void A_short_replication_counts_in_minutes_or_seconds()
    {
        Assert.Equal("0 of 1 replications, 15.0 of 30 simulated min", RunCommand.ProgressText(new ExperimentProgress(0, 1, null, 0.5), 1800));
        Assert.Equal("0 of 1 replications, 10.0 of 40 simulated s", RunCommand.ProgressText(new ExperimentProgress(0, 1, null, 0.25), 40));
    }
}
