using FactoryTwin.Des;

namespace FactoryTwin.Factory.Stations;

/// <summary>Jobs waiting for a place at any station of a group (a routing step's stations), served first come, first served.</summary>
/// <remarks>
/// One watcher per group waits for a change at any of the group's input buffers, then reserves places for the
/// waiting jobs in their order for as long as there is room. So a change costs one wait over the group, not one per
/// waiting job: thousands wait when orders come faster than the stations work, and each used to wake, look and wait
/// again at every change.
/// </remarks>
internal sealed class RoomQueue(Simulation simulation, IReadOnlyList<Station> stations, Func<Station?> reserve)
{
    private readonly Queue<Event> _waiting = new();
    private bool _watching;

    /// <summary>True if jobs wait: a job that comes now queues behind them, even if a place has just freed.</summary>
    public bool HasWaiting => _waiting.Count > 0;

    /// <summary>Succeeds, with the <see cref="Station"/> where a place is reserved for the job, when its turn comes and there is room.</summary>
    public Event Wait()
    {
        var turn = new Event(simulation);
        _waiting.Enqueue(turn);
        if (!_watching)
        {
            _watching = true;
            simulation.Process(Watch(), "room");
        }
        return turn;
    }

    private IEnumerable<Event> Watch()
    {
        while (_waiting.Count > 0)
        {
            yield return stations.Count == 1 ? stations[0].Input.Changed : simulation.AnyOf(stations.Select(s => s.Input.Changed));
            while (_waiting.Count > 0 && reserve() is { } station)
                _waiting.Dequeue().Succeed(station);
        }
        _watching = false;
    }
}
