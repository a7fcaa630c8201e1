using FactoryTwin.Des;

namespace FactoryTwin.Factory.Stations;

/// <summary>Jobs of one product leaving one station after one step, let go in groups of a batch size: a transfer (move) batch.</summary>
internal sealed class MoveBatch(Simulation simulation, int size)
{
    private int _waiting;
    private Event _full = new(simulation);

    /// <summary>Jobs waiting for the batch being formed.</summary>
    public int Waiting => _waiting;

    /// <summary>Adds a job to the batch being formed: the event that succeeds when it is full (at once for the job that fills it, which then goes on after the others, in the order they came).</summary>
    public Event Join()
    {
        var full = _full;
        if (++_waiting < size)
            return full;
        _waiting = 0;
        _full = new Event(simulation);
        full.Succeed();
        return full;
    }
}
