using FactoryTwin.Des;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>A conveyor's belt: jobs enter from the input buffer, cross it, and wait at its end (the output buffer, room for one) for the next station.</summary>
/// <remarks>
/// <para>A job crosses in T = length / speed; jobs keep a spacing of length / capacity, which the belt moves in
/// h = T / capacity, and at most capacity jobs are on it, the one at its end included. A job enters when there is
/// room and the last one entered has moved a spacing on.</para>
/// <para>Each job first reaches the point one spacing short of the end. If the end is taken, it waits there: on an
/// accumulating belt only it (the jobs behind close up behind it in turn, and jobs still enter while there is room),
/// on a non-accumulating belt the whole belt stops, and nothing enters. Once the end is free, it moves the last
/// spacing, h. Times on a stopping belt are kept on the belt's own clock, which runs only while it moves.</para>
/// <para>Recorded as a machine element: starved when empty, busy while it carries jobs, blocked while a job waits for
/// the end.</para>
/// </remarks>
public sealed class Conveyor
{
    private readonly Station _station;
    private readonly ConveyorPlan _plan;
    private readonly Simulation _simulation;
    private readonly StateLog _log;
    private readonly Queue<(Job Job, double EndsAt)> _belt = new();
    private readonly Signal _changed;
    // The belt's clock: on an accumulating belt it is the simulation's; a stopping belt's stands still while stopped.
    private double _clock;
    private double _clockSetAt;
    private bool _stopped;
    private double _lastEntry = double.NegativeInfinity;
    private double _lastDeparture = double.NegativeInfinity;

    internal Conveyor(Station station, ConveyorPlan plan, Simulation simulation, StateLog log)
    {
        _station = station;
        _plan = plan;
        _simulation = simulation;
        _log = log;
        _changed = new Signal(simulation);
        Element = log.Register($"{station.Id}/belt", ElementKind.Machine, station.Id, Change(ElementState.Starved));
    }

    public Element Element { get; }

    /// <summary>The jobs on the belt, not counting the one at its end.</summary>
    public int Count => _belt.Count;

    private double Clock => _plan.Accumulating ? _simulation.Now : _stopped ? _clock : _clock + (_simulation.Now - _clockSetAt);

    internal void Start(Action<Job, Station> finished)
    {
        _simulation.Process(Loading(), $"{Element.Id}/in");
        _simulation.Process(Unloading(finished), $"{Element.Id}/out");
    }

    private IEnumerable<Event> Loading()
    {
        var h = _plan.HeadwaySeconds;
        while (true)
        {
            while (_station.Input.Count == 0)
                yield return _station.Input.Changed;
            while (true)
            {
                if (_stopped || _belt.Count + _station.Output.Count >= _plan.Capacity)
                {
                    yield return _simulation.AnyOf(_changed.Next, _station.Output.Changed);
                    continue;
                }
                var wait = _lastEntry + h - Clock;
                if (wait <= 0)
                    break;
                var stopped = _changed.Next;
                yield return _simulation.AnyOf(_simulation.Timeout(wait), stopped);
                if (!stopped.IsTriggered && !_stopped)
                    break; // the belt moved the whole spacing (its clock, read again, could differ in the last bit)
            }
            var job = _station.Input.TakeFirst();
            _lastEntry = Clock;
            _belt.Enqueue((job, _lastEntry + _plan.TravelSeconds));
            _log.Record(new StateChange(_simulation.Now, job.Element.Index, ElementState.Processing, _station.Node, _station.Position, 0, double.NaN, Element.Index));
            Update();
            _changed.Pulse();
        }
    }

    private IEnumerable<Event> Unloading(Action<Job, Station> finished)
    {
        var h = _plan.HeadwaySeconds;
        while (true)
        {
            while (_belt.Count == 0)
                yield return _changed.Next;
            var (job, endsAt) = _belt.Peek();
            // To one spacing short of the end: on its own while the belt runs, or closing up behind the job before it.
            var shortOfEnd = _plan.Accumulating ? Math.Max(endsAt - h, _lastDeparture + h) - _simulation.Now : endsAt - h - Clock;
            if (shortOfEnd > 0)
                yield return _simulation.Timeout(shortOfEnd);
            if (!_station.Output.HasRoom)
                yield return _simulation.Timeout(0); // a job that reached the end this instant may be leaving it this instant
            if (!_station.Output.HasRoom)
            {
                SetStopped(true);
                while (!_station.Output.HasRoom)
                    yield return _station.Output.Changed;
                SetStopped(false);
            }
            _lastDeparture = _simulation.Now;
            yield return _simulation.Timeout(h);
            _belt.Dequeue();
            _station.Output.Add(job, reserved: false);
            finished(job, _station);
            Update();
            _changed.Pulse();
        }
    }

    /// <summary>Holds the job short of the end: a stopping belt stops (its clock stands still), an accumulating one only records it.</summary>
    private void SetStopped(bool stopped)
    {
        if (!_plan.Accumulating)
        {
            _clock = Clock;
            _clockSetAt = _simulation.Now;
            _stopped = stopped;
        }
        _log.Record(Change(stopped ? ElementState.Blocked : ElementState.Busy) with { Element = Element.Index, Value = stopped ? 1 : double.NaN }); // one job held short of the end
        _changed.Pulse();
    }

    private void Update()
    {
        var state = _belt.Count == 0 ? ElementState.Starved : ElementState.Busy;
        if (_log.Current(Element.Index).State is var current && current != state && current != ElementState.Blocked)
            _log.Record(Change(state) with { Element = Element.Index });
    }

    private StateChange Change(ElementState state) => new(_simulation.Now, 0, state, _station.Node, _station.Position, 0, double.NaN, -1);
}
