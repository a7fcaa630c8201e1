using FactoryTwin.Des;
using FactoryTwin.Factory.Stations;

namespace FactoryTwin.Factory.Agents;

/// <summary>A job to carry from one station's output buffer to a place reserved at another's input buffer.</summary>
public sealed class TransportTask
{
    internal TransportTask(int id, Job job, Station from, Station to, Simulation simulation)
    {
        Id = id;
        Job = job;
        From = from;
        To = to;
        PostedAt = simulation.Now;
        Delivered = new Event(simulation);
    }

    public int Id { get; }

    public Job Job { get; }

    public Station From { get; }

    public Station To { get; }

    /// <summary>When the task was posted, in seconds.</summary>
    public double PostedAt { get; }

    /// <summary>The robot that took it, or null while it is open.</summary>
    public Robot? Robot { get; internal set; }

    /// <summary>Succeeds when the job is in the target's input buffer.</summary>
    internal Event Delivered { get; }
}
