using FactoryTwin.Des.Resources;
using FsCheck;
using FsCheck.Xunit;

namespace FactoryTwin.Des.Tests.Properties;

/// <summary>Invariants that must hold for any model: FsCheck generates the models.</summary>
public sealed class KernelProperties
{
    [Property(MaxTest = 200)]
    public bool Time_never_goes_backwards_and_every_wait_ends_on_time(NonNegativeInt[][] delaysPerProcess)
    {
        var sim = new Simulation();
        var previous = 0.0;
        var monotonic = true;
        sim.Trace = _ =>
        {
            monotonic &= sim.Now >= previous;
            previous = sim.Now;
        };
        var onTime = true;

        foreach (var delays in delaysPerProcess.Where(d => d is not null))
            sim.Process(Waits(delays.Select(d => d.Get / 4.0).ToArray()));
        sim.Run();

        return monotonic && onTime;

        IEnumerable<Event> Waits(double[] delays)
        {
            var expected = sim.Now;
            foreach (var delay in delays)
            {
                expected += delay;
                yield return sim.Timeout(delay);
                onTime &= sim.Now == expected;
            }
        }
    }

    [Property(MaxTest = 200)]
    public bool A_resource_never_holds_more_than_its_capacity_and_serves_everyone(PositiveInt capacity, (NonNegativeInt Arrival, PositiveInt Hold)[] jobs)
    {
        var sim = new Simulation();
        var resource = new Resource(sim, capacity: Math.Min(capacity.Get, 5));
        var inside = 0;
        var served = 0;
        var neverOver = true;

        foreach (var (arrival, hold) in jobs)
            sim.Process(Job(arrival.Get, hold.Get));
        sim.Run();

        return neverOver && served == jobs.Length && resource.InUse == 0 && resource.QueueLength == 0;

        IEnumerable<Event> Job(int arrival, int hold)
        {
            yield return sim.Timeout(arrival);
            using var request = resource.Request();
            yield return request;
            inside++;
            neverOver &= inside <= resource.Capacity && resource.InUse <= resource.Capacity;
            yield return sim.Timeout(hold);
            inside--;
            served++;
        }
    }

    [Property(MaxTest = 200)]
    public bool A_store_never_loses_or_duplicates_an_item(PositiveInt capacity, NonNegativeInt[] putTimes, NonNegativeInt[] getTimes)
    {
        var sim = new Simulation();
        var store = new Store<int>(sim, capacity: Math.Min(capacity.Get, 4));
        List<int> taken = [];
        var puts = putTimes.Select((t, id) => (Time: t.Get, Id: id)).ToArray();

        foreach (var (time, id) in puts)
            sim.Timeout(time).AddCallback(_ => store.Put(id));
        foreach (var time in getTimes)
            sim.Timeout(time.Get).AddCallback(_ => store.Get().AddCallback(e => taken.Add(((StoreGet<int>)e).Item)));
        sim.Run();

        var remaining = new List<int>();
        while (store.Count > 0)
        {
            var get = store.Get();
            sim.Run();
            remaining.Add(get.Item);
        }
        // Draining the store also lets every blocked put finish, so each id must come out exactly once.
        return taken.Concat(remaining).Order().SequenceEqual(puts.Select(p => p.Id))
            && taken.Count == Math.Min(puts.Length, getTimes.Length);
    }

    [Property(MaxTest = 200)]
    public bool A_container_level_stays_between_zero_and_its_capacity((bool IsPut, PositiveInt Amount, NonNegativeInt Time)[] moves)
    {
        var sim = new Simulation();
        var tank = new Container(sim, capacity: 20, initial: 10);
        var inBounds = true;
        sim.Trace = _ => inBounds &= tank.Level.Current is >= 0 and <= 20;

        foreach (var (isPut, amount, time) in moves)
        {
            var size = Math.Min(amount.Get, 20);
            sim.Timeout(time.Get).AddCallback(_ =>
            {
                if (isPut)
                    tank.Put(size);
                else
                    tank.Get(size);
            });
        }
        sim.Run();

        return inBounds && tank.Level.Current is >= 0 and <= 20;
    }
}
