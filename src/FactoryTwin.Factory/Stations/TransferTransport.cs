using FactoryTwin.Des;
using FactoryTwin.Des.Randomness;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>Moving jobs without robots: each move takes a transfer time (0 by default), and any number happen at once.</summary>
internal sealed class TransferTransport(FactoryWorld world, IDistribution transferTime) : ITransport
{
    private readonly RandomStream _random = world.Simulation.Stream("transfer");

    /// <remarks>A move without transfer time is done at once, with no iterator: most lines without robots have none.</remarks>
    public IEnumerable<Event> Move(Job job, Station from, Station to)
    {
        from.Output.Remove(job);
        world.RecordJob(job, ElementState.InTransport, from);
        var seconds = Durations.Sample(transferTime, _random);
        if (seconds > 0)
            return Travel(job, to, seconds);
        Arrive(world, job, to);
        return [];
    }

    /// <summary>Hands a job straight from one station's output to the next's input, as a conveyor feeds the station at its end.</summary>
    internal static void Hand(FactoryWorld world, Job job, Station from, Station to)
    {
        from.Output.Remove(job);
        world.RecordJob(job, ElementState.InTransport, from);
        Arrive(world, job, to);
    }

    private IEnumerable<Event> Travel(Job job, Station to, double seconds)
    {
        yield return world.Simulation.Timeout(seconds);
        Arrive(world, job, to);
    }

    private static void Arrive(FactoryWorld world, Job job, Station to)
    {
        to.Input.Add(job, reserved: true);
        world.RecordJob(job, ElementState.Queued, to);
    }
}
