using FactoryTwin.Des.Resources;

namespace FactoryTwin.Des.Tests.Resources;

public sealed class ContainerTests
{
    [Fact]
    public void A_get_waits_until_the_level_covers_it()
    {
        var sim = new Simulation();
        var tank = new Container(sim, capacity: 100, initial: 10);
        double gotAt = -1;

        tank.Get(30).AddCallback(_ => gotAt = sim.Now);
        sim.Timeout(2).AddCallback(_ => tank.Put(15));
        sim.Timeout(5).AddCallback(_ => tank.Put(15));
        sim.Run();

        Assert.Equal(5, gotAt);
        Assert.Equal(10, tank.Level.Current, precision: 12);
    }

    [Fact]
    public void A_put_waits_until_there_is_room_for_all_of_it()
    {
        var sim = new Simulation();
        var battery = new Container(sim, capacity: 100, initial: 90);
        double putAt = -1;

        battery.Put(20).AddCallback(_ => putAt = sim.Now);
        sim.Timeout(3).AddCallback(_ => battery.Get(5));
        sim.Timeout(7).AddCallback(_ => battery.Get(5));
        sim.Run();

        Assert.Equal(7, putAt);
        Assert.Equal(100, battery.Level.Current, precision: 12);
    }

    [Fact]
    public void Gets_are_served_strictly_in_order()
    {
        var sim = new Simulation();
        var tank = new Container(sim, capacity: 100, initial: 5);

        var big = tank.Get(50);
        var small = tank.Get(1);
        sim.Run();

        Assert.False(big.IsTriggered);
        Assert.False(small.IsTriggered);
        Assert.Equal(5, tank.Level.Current);
    }

    [Fact]
    public void The_level_is_time_weighted()
    {
        // 10 for 5 s, then 40 for 5 s: an average of 25.
        var sim = new Simulation();
        var tank = new Container(sim, capacity: 100, initial: 10);

        sim.Timeout(5).AddCallback(_ => tank.Put(30));
        sim.Run(until: 10);

        Assert.Equal(25, tank.Level.Mean, precision: 12);
        Assert.Equal(40, tank.Level.Max);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(101.0)]
    [InlineData(double.NaN)]
    public void An_amount_that_could_never_be_served_is_refused(double amount)
    {
        var sim = new Simulation();
        var tank = new Container(sim, capacity: 100, name: "tank");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => tank.Get(amount));

        Assert.StartsWith("An amount must be greater than 0 and at most the capacity of 'tank' (100)", error.Message);
    }

    [Fact]
    public void A_cancelled_put_adds_nothing()
    {
        var sim = new Simulation();
        var tank = new Container(sim, capacity: 10, initial: 10);
        var put = tank.Put(5);

        put.Dispose();
        tank.Get(5);
        sim.Run();

        Assert.False(put.IsTriggered);
        Assert.Equal(5, tank.Level.Current);
    }
}
