using FactoryTwin.Des;
using FactoryTwin.Des.Randomness;
using FactoryTwin.Des.Resources;

namespace FactoryTwin.Benchmarks.Models;

/// <summary>An M/M/1 queue on a <see cref="Resource"/>: λ = 0.9, μ = 1, a process per customer.</summary>
internal sealed class Mm1Model : IThroughputModel
{
    private const double ArrivalRate = 0.9;
    private const double ServiceRate = 1.0;

    public string Name => "mm1";

    // Here "events" is the number of customers; the number of processes follows from the arrivals.
    public ModelRun Run(int processes, long events, long seed)
    {
        var sim = new Simulation(seed);
        var server = new Resource(sim, capacity: 1, name: "server");
        sim.Process(Arrivals(sim, server, events));
        sim.Run();
        return new ModelRun(sim.ProcessedEvents, events);
    }

    private static IEnumerable<Event> Arrivals(Simulation sim, Resource server, long customers)
    {
        var random = sim.Stream("arrivals");
        var interArrival = new Exponential(1 / ArrivalRate);
        var service = new Exponential(1 / ServiceRate);
        var serviceRandom = sim.Stream("service");
        for (long i = 0; i < customers; i++)
        {
            yield return sim.Timeout(interArrival.Sample(random));
            sim.Process(Customer(sim, server, service.Sample(serviceRandom)));
        }
    }

    private static IEnumerable<Event> Customer(Simulation sim, Resource server, double serviceTime)
    {
        using var request = server.Request();
        yield return request;
        yield return sim.Timeout(serviceTime);
    }
}
