using FactoryTwin.Des;
using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Benchmarks.Models;

/// <summary>The classic hold model: K processes, each waiting an exponential time with mean 1, forever.</summary>
internal sealed class HoldModel : IThroughputModel
{
    public string Name => "hold";

    public ModelRun Run(int processes, long events, long seed)
    {
        var sim = new Simulation(seed);
        var random = sim.Stream("hold");
        var hold = new Exponential(1);
        for (var i = 0; i < processes; i++)
            sim.Process(Hold(sim, random, hold));
        // K processes with mean hold 1 make about K events per unit of time.
        sim.Run(until: (double)events / processes);
        return new ModelRun(sim.ProcessedEvents, 0);
    }

    private static IEnumerable<Event> Hold(Simulation sim, RandomStream random, Exponential hold)
    {
        while (true)
            yield return sim.Timeout(hold.Sample(random));
    }
}
