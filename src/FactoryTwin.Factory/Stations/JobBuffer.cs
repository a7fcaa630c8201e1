using FactoryTwin.Des;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>A station's input or output buffer: jobs in arrival order, a capacity, and places reserved for jobs on their way.</summary>
/// <remarks>
/// A job is moved to a station only once a place is reserved for it there, so a robot never arrives with a job it
/// cannot put down. Everything that waits for room or for a job waits for <see cref="Changed"/>.
/// </remarks>
public sealed class JobBuffer
{
    private readonly List<Job> _jobs = [];
    private readonly StateLog _log;
    private readonly Signal _changed;
    private readonly int _node;
    private readonly Point _position;

    internal JobBuffer(Simulation simulation, StateLog log, string id, string station, int capacity, int node, Point position)
    {
        Capacity = capacity;
        _log = log;
        _node = node;
        _position = position;
        _changed = new Signal(simulation);
        Simulation = simulation;
        Element = log.Register(id, ElementKind.Buffer, station, Change(0));
    }

    public Simulation Simulation { get; }

    public Element Element { get; }

    /// <summary>The most jobs it holds, counting reservations; <see cref="int.MaxValue"/> for unlimited.</summary>
    public int Capacity { get; }

    /// <summary>The jobs in it, first in first.</summary>
    public IReadOnlyList<Job> Jobs => _jobs;

    public int Count => _jobs.Count;

    /// <summary>Places promised to jobs on their way.</summary>
    public int Reserved { get; private set; }

    /// <summary>True if a job could be added or a place reserved now.</summary>
    public bool HasRoom => (long)_jobs.Count + Reserved < (long)Capacity + (PassThrough?.Invoke() ?? 0);

    /// <summary>For a station that loses jobs: its idle machines, each of which takes a job at once, so a buffer of 0 still takes one for each.</summary>
    internal Func<int>? PassThrough { get; set; }

    /// <summary>Succeeds at the next change of the buffer (a job in or out, a reservation made or released).</summary>
    public Event Changed => _changed.Next;

    /// <summary>Reserves a place if there is room.</summary>
    public bool TryReserve()
    {
        if (!HasRoom)
            return false;
        Reserved++;
        return true;
    }

    /// <summary>Adds a job, using a place reserved for it or a free one.</summary>
    public void Add(Job job, bool reserved)
    {
        if (reserved)
            Reserved--;
        else if (!HasRoom)
            throw new InvalidOperationException($"Buffer {Element.Id} is full; reserve a place first.");
        _jobs.Add(job);
        RecordLevel();
    }

    /// <summary>Takes the first job out.</summary>
    public Job TakeFirst()
    {
        var job = _jobs[0];
        _jobs.RemoveAt(0);
        RecordLevel();
        return job;
    }

    /// <summary>Takes a particular job out.</summary>
    public void Remove(Job job)
    {
        if (!_jobs.Remove(job))
            throw new InvalidOperationException($"Job {job.Id} is not in {Element.Id}.");
        RecordLevel();
    }

    private void RecordLevel()
    {
        _log.Record(Change(_jobs.Count) with { Element = Element.Index });
        _changed.Pulse();
    }

    private StateChange Change(int level) => new(Simulation.Now, 0, ElementState.Level, _node, _position, 0, level, -1);
}
