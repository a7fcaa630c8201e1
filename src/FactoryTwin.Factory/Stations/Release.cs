using FactoryTwin.Des;

using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>Releases jobs of a product into the factory: at random intervals, on a timetable, or whenever one leaves it (CONWIP: finished, scrapped or lost).</summary>
internal sealed class Release(FactoryWorld world, DemandPlan demand)
{
    private readonly ProductPlan _product = world.Plan.Products[demand.Product];

    public void Start()
    {
        if (demand.Interarrival is { } gap)
            world.Simulation.Process(demand.Surges is { Count: > 0 } surges ? Surging(gap, new SurgeClock(surges)) : Random(gap), $"release/{_product.Id}");
        else if (demand.ScheduleSeconds is { } times)
            world.Simulation.Process(Timetable(times), $"release/{_product.Id}");
        else
        {
            for (var i = 0; i < demand.Conwip; i++)
                world.StartJob(_product);
            world.JobLeft += job =>
            {
                if (ReferenceEquals(job.Product, _product))
                    world.StartJob(_product);
            };
        }
    }

    private IEnumerable<Event> Random(Des.Randomness.IDistribution gap)
    {
        var random = world.Simulation.Stream($"arrivals/{_product.Id}");
        while (true)
        {
            yield return world.Simulation.Timeout(Durations.Sample(gap, random));
            world.StartJob(_product);
        }
    }

    /// <summary>Random arrivals whose gaps are drawn on the surge clock: the same draws as without surges, at other times.</summary>
    private IEnumerable<Event> Surging(Des.Randomness.IDistribution gap, SurgeClock clock)
    {
        var random = world.Simulation.Stream($"arrivals/{_product.Id}");
        var operational = 0.0;
        while (true)
        {
            operational += Durations.Sample(gap, random);
            var at = clock.SimulatedTime(operational);
            if (at > world.Simulation.Now)
                yield return world.Simulation.Timeout(at - world.Simulation.Now);
            world.StartJob(_product);
        }
    }

    private IEnumerable<Event> Timetable(IReadOnlyList<double> times)
    {
        foreach (var time in times)
        {
            if (time > world.Simulation.Now)
                yield return world.Simulation.Timeout(time - world.Simulation.Now);
            world.StartJob(_product);
        }
    }
}
