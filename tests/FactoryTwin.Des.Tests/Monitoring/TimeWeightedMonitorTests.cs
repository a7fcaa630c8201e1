using FactoryTwin.Des.Monitoring;

namespace FactoryTwin.Des.Tests.Monitoring;

public sealed class TimeWeightedMonitorTests
{
    [Fact]
    public void The_mean_weights_each_value_by_how_long_it_was_held()
    {
        // 0 for 2 s, 3 for 3 s, 1 for 5 s: (0 + 9 + 5) / 10 = 1.4.
        var sim = new Simulation();
        var level = new TimeWeightedMonitor(sim);

        sim.Timeout(2).AddCallback(_ => level.Update(3));
        sim.Timeout(5).AddCallback(_ => level.Update(1));
        sim.Run(until: 10);

        Assert.Equal(1.4, level.Mean, precision: 12);
        Assert.Equal(3, level.Max);
        Assert.Equal(0, level.Min);
        Assert.Equal(1, level.Current);
        Assert.Equal(10, level.Duration);
    }

    [Fact]
    public void Reset_forgets_the_past_but_keeps_the_current_value()
    {
        // Held 5 until t=4, reset, then 5 for 2 s and 2 for 4 s: (10 + 8) / 6 = 3.
        var sim = new Simulation();
        var level = new TimeWeightedMonitor(sim, initial: 5);

        sim.Timeout(4).AddCallback(_ => level.Reset());
        sim.Timeout(6).AddCallback(_ => level.Update(2));
        sim.Run(until: 10);

        Assert.Equal(3, level.Mean, precision: 12);
        Assert.Equal(5, level.Max);
        Assert.Equal(2, level.Min);
    }

    [Fact]
    public void With_no_time_elapsed_the_mean_is_the_current_value()
    {
        var sim = new Simulation();
        var level = new TimeWeightedMonitor(sim, initial: 7);

        Assert.Equal(7, level.Mean);
    }
}
