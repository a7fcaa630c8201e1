using System.Globalization;
using FactoryTwin.Des.Randomness;
using FactoryTwin.Des.Resources;

namespace FactoryTwin.Des.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_seed_gives_the_same_event_trace()
    {
        var first = Trace(seed: 99);
        var second = Trace(seed: 99);

        Assert.True(first.Count > 10_000);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_another_trace()
    {
        var first = Trace(seed: 99);
        var other = Trace(seed: 100);

        Assert.NotEqual(first, other);
    }

    // A small shop: random arrivals, a preemptive machine that breaks down, a buffer, and a tank of material refilled over time.
    private static List<string> Trace(long seed)
    {
        var sim = new Simulation(seed);
        var trace = new List<string>();
        sim.Trace = e => trace.Add(string.Create(CultureInfo.InvariantCulture, $"{sim.Now:R} {e}"));
        var machine = new PreemptiveResource(sim, capacity: 2, name: "machine");
        var buffer = new Store<int>(sim, capacity: 5, name: "buffer");
        var tank = new Container(sim, capacity: 50, initial: 25, name: "tank");

        sim.Process(Arrivals(sim, machine, buffer, tank), name: "arrivals");
        sim.Process(Breakdowns(sim, machine), name: "breakdowns");
        sim.Process(Packer(sim, buffer), name: "packer");
        sim.Process(Refill(sim, tank), name: "refill");
        sim.Run(until: 5_000);
        return trace;
    }

    private static IEnumerable<Event> Arrivals(Simulation sim, PreemptiveResource machine, Store<int> buffer, Container tank)
    {
        var gap = new Exponential(2);
        for (var id = 0; ; id++)
        {
            yield return sim.Timeout(gap.Sample(sim.Stream("arrivals")));
            sim.Process(Job(sim, id, machine, buffer, tank), name: $"job-{id}");
        }
    }

    private static IEnumerable<Event> Job(Simulation sim, int id, PreemptiveResource machine, Store<int> buffer, Container tank)
    {
        var work = new Triangular(1, 2, 5).Sample(sim.Stream("process"));
        using (var request = machine.Request(priority: 5, preempt: false))
        {
            yield return request;
            yield return sim.Timeout(work);
            if (sim.ActiveProcess!.TryHandleInterrupt(out _))
                yield break; // scrapped by the breakdown
        }
        yield return tank.Get(1);
        yield return buffer.Put(id);
    }

    private static IEnumerable<Event> Breakdowns(Simulation sim, PreemptiveResource machine)
    {
        while (true)
        {
            yield return sim.Timeout(new Exponential(100).Sample(sim.Stream("failures")));
            using var repair = machine.Request(priority: 0);
            yield return repair;
            yield return sim.Timeout(new Exponential(10).Sample(sim.Stream("repairs")));
        }
    }

    private static IEnumerable<Event> Refill(Simulation sim, Container tank)
    {
        while (true)
        {
            yield return sim.Timeout(4);
            yield return tank.Put(2);
        }
    }

    private static IEnumerable<Event> Packer(Simulation sim, Store<int> buffer)
    {
        while (true)
        {
            yield return buffer.Get();
            yield return sim.Timeout(1.5);
        }
    }
}
