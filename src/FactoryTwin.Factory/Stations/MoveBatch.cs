using FactoryTwin.Des;

namespace FactoryTwin.Factory.Stations;

/// <summary>Jobs of one product leaving one station after one step, let go in groups of a batch size: a transfer (move) batch.</summary>
internal sealed class MoveBatch(Simulation simulation, int size)
{
    private int _waiting;
    private Event _full = new(simulation);

    /// <summary>Adds a job to the batch being formed: the event to wait for until it is full, or null for the job that fills it (and lets the others go).</summary>
    public Event? Join()
    {
        if (++_waiting < size)
            return _full;
        _waiting = 0;
        var full = _full;
        _full = new Event(simulation);
        full.Succeed();
        return null;
    }
}
