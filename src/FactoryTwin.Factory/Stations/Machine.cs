using FactoryTwin.Des;
using FactoryTwin.Des.Randomness;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>One machine of a station: takes jobs from the input buffer (one, or a batch), sets up, processes, breaks down, and puts jobs out.</summary>
/// <remarks>
/// Its recorded state is <see cref="ElementState.Down"/> while broken or in maintenance, whatever it was doing;
/// <see cref="ElementState.OffShift"/> when its station's shifts leave it out and it has no job; otherwise starved,
/// waiting for an operator, setup, busy (also while its arms load or unload it: it is occupied) or blocked. A
/// breakdown or maintenance during setup or processing interrupts it; afterwards it goes on with the time that was
/// left. An operator stays through a breakdown but leaves for a maintenance. A load or unload under way is finished
/// by the arm. A batch machine (an oven) waits for a full batch, processes it in one process time, and puts its jobs
/// out in the order it took them.
/// </remarks>
public sealed class Machine
{
    private readonly Station _station;
    private readonly Simulation _simulation;
    private readonly StateLog _log;
    // Pulsed when the machine may work again: a repair or a maintenance is over, or its shift is back.
    private readonly Signal _upAgain;
    private ElementState _state = ElementState.Starved;
    // Breakdowns and maintenance under way: down while any is (a repair may end inside a maintenance window).
    private int _downs;
    // Not at work in this part of the day: it finishes the job it has, then takes none until its shift comes back.
    private bool _offShift;
    private bool _holding;
    private Process? _process;
    private ProductPlan? _lastProduct;
    private Element? _operator;
    private readonly List<Job> _jobs = [];
    // The finished jobs of a hold that starts now, told once in the value of the first change to blocked (the metrics count them).
    private int _heldJobs;

    internal Machine(Station station, int number, Simulation simulation, StateLog log)
    {
        _station = station;
        _simulation = simulation;
        _log = log;
        _upAgain = new Signal(simulation);
        Element = log.Register($"{station.Id}/{number}", ElementKind.Machine, station.Id, Change(ElementState.Starved));
    }

    public Element Element { get; }

    /// <summary>The job on the machine, or null.</summary>
    public Job? Job => _jobs.Count > 0 ? _jobs[0] : null;

    /// <summary>The jobs on the machine: one, or a batch of the station's batch size, or none.</summary>
    public IReadOnlyList<Job> Jobs => _jobs;

    /// <summary>True if it would start a job put in its input buffer now: no job on it, not down, and on shift.</summary>
    internal bool IsIdle => _jobs.Count == 0 && _downs == 0 && !_offShift;

    /// <summary>Takes the machine off shift or puts it back (its station's calendar).</summary>
    internal void SetOffShift(bool off)
    {
        _offShift = off;
        Update();
        if (!off)
            _upAgain.Pulse();
    }

    internal void Start(Action<Job, Station> finished)
    {
        _process = _simulation.Process(Work(finished), Element.Id);
        if (_station.Plan.Failures is { } failures)
            _simulation.Process(Breakdowns(failures), $"{Element.Id}/failures");
        foreach (var window in _station.Plan.Maintenance ?? [])
            _simulation.Process(Maintenance(window), $"{Element.Id}/maintenance");
    }

    private IEnumerable<Event> Work(Action<Job, Station> finished)
    {
        var plan = _station.Plan;
        var processRandom = _simulation.Stream($"process/{_station.Id}");
        var setupRandom = _simulation.Stream($"setup/{_station.Id}");
        while (true)
        {
            SetState(ElementState.Starved);
            while (_station.Input.Count < plan.BatchSize || _downs > 0 || _offShift)
                yield return _downs > 0 || _offShift ? _upAgain.Next : _station.Input.Changed;
            for (var i = 0; i < plan.BatchSize; i++)
            {
                var taken = _station.Input.TakeFirst();
                _jobs.Add(taken);
                Record(taken, ElementState.Processing);
            }
            var job = _jobs[0];
            if (_station.Arms is { } loader)
            {
                SetState(ElementState.Busy);
                foreach (var loaded in _jobs)
                {
                    foreach (var e in loader.Load(loaded))
                        yield return e;
                }
            }

            if (plan.SetupTime is { } setup && !ReferenceEquals(_lastProduct, job.Product) && _lastProduct is not null)
            {
                if (plan.Operator is { ForSetup: true })
                {
                    foreach (var e in Summon(_station.Crew!))
                        yield return e;
                }
                foreach (var e in Hold(ElementState.Setup, Durations.Sample(setup, setupRandom)))
                    yield return e;
                if (plan.Operator is { ForProcessing: false })
                    Dismiss();
            }
            _lastProduct = job.Product;
            if (plan.Operator is { ForProcessing: true } && _operator is null)
            {
                foreach (var e in Summon(_station.Crew!))
                    yield return e;
            }
            var time = job.Product.Steps[job.Step].ProcessTime ?? plan.ProcessTime;
            if (plan.Failures is null && plan.Maintenance is null)
            {
                // Nothing can interrupt a machine that never breaks down and has no maintenance: a plain timeout, without Hold's iterator per job.
                SetState(ElementState.Busy);
                yield return _simulation.Timeout(Durations.Sample(time, processRandom));
            }
            else
            {
                foreach (var e in Hold(ElementState.Busy, Durations.Sample(time, processRandom)))
                    yield return e;
            }
            if (_operator is not null)
                Dismiss();

            if (_station.Arms is { } unloader)
            {
                foreach (var unloaded in _jobs)
                {
                    foreach (var e in unloader.Unload(unloaded))
                        yield return e;
                }
            }
            while (_jobs.Count > 0)
            {
                if (plan.Kind != StationKind.Sink && !_station.Output.HasRoom)
                    yield return _simulation.Timeout(0); // a job put out this instant may be moving on this instant
                if (plan.Kind != StationKind.Sink && !_station.Output.HasRoom)
                {
                    if (_state != ElementState.Blocked)
                        _heldJobs = _jobs.Count;
                    SetState(ElementState.Blocked);
                    while (!_station.Output.HasRoom)
                        yield return _station.Output.Changed;
                }
                var done = _jobs[0];
                _jobs.RemoveAt(0);
                if (plan.Kind != StationKind.Sink)
                    _station.Output.Add(done, reserved: false);
                finished(done, _station);
            }
        }
    }

    /// <summary>Spends <paramref name="seconds"/> in a working state; a breakdown or maintenance pauses the clock until it is over.</summary>
    /// <remarks>An operator stays through a breakdown (they wait for the repair) but leaves for a maintenance, and one is summoned again after it.</remarks>
    private IEnumerable<Event> Hold(ElementState state, double seconds)
    {
        var remaining = seconds;
        while (true)
        {
            while (_downs > 0)
                yield return _upAgain.Next;
            SetState(state);
            var started = _simulation.Now;
            _holding = true;
            yield return _simulation.Timeout(remaining);
            _holding = false;
            if (!_process!.TryHandleInterrupt(out var cause))
                yield break;
            remaining -= _simulation.Now - started;
            if (_operator is not null && Equals(cause.Cause, MaintenanceCause))
            {
                Dismiss();
                while (_downs > 0)
                    yield return _upAgain.Next;
                foreach (var e in Summon(_station.Crew!))
                    yield return e;
            }
        }
    }

    private const string MaintenanceCause = "maintenance";

    /// <summary>Waits until the machine is up and an operator of the station's crew is free (recorded as waiting for one meanwhile), and keeps them until <see cref="Dismiss"/>.</summary>
    private IEnumerable<Event> Summon(OperatorCrew crew)
    {
        while (true)
        {
            while (_downs > 0)
                yield return _upAgain.Next;
            if (!crew.HasFree)
                SetState(ElementState.WaitingOperator);
            var request = crew.Request();
            yield return request;
            _operator = request.Item;
            crew.Begin(_operator, this, _station);
            if (_downs == 0)
                yield break;
            Dismiss(); // it went down while waiting: the operator is not kept idle at a machine that cannot work
        }
    }

    private void Dismiss()
    {
        _station.Crew!.Release(_operator!);
        _operator = null;
    }

    private IEnumerable<Event> Breakdowns(FailurePlan failures)
    {
        var random = _simulation.Stream($"failures/{_station.Id}");
        while (true)
        {
            yield return _simulation.Timeout(Durations.Sample(failures.TimeBetweenFailures, random));
            GoDown("breakdown");
            yield return _simulation.Timeout(Durations.Sample(failures.RepairTime, random));
            ComeUp();
        }
    }

    /// <summary>Planned maintenance: down over the window, like a breakdown whose time is known.</summary>
    private IEnumerable<Event> Maintenance(TimeWindow window)
    {
        if (window.FromSeconds > _simulation.Now)
            yield return _simulation.Timeout(window.FromSeconds - _simulation.Now);
        GoDown(MaintenanceCause);
        yield return _simulation.Timeout(window.DurationSeconds);
        ComeUp();
    }

    private void GoDown(string why)
    {
        _downs++;
        if (_holding)
            _process!.Interrupt(why);
        Update();
    }

    private void ComeUp()
    {
        _downs--;
        Update();
        _upAgain.Pulse();
    }

    private void SetState(ElementState state)
    {
        _state = state;
        Update();
    }

    private void Update()
    {
        var state = _downs > 0 ? ElementState.Down : _offShift && _jobs.Count == 0 ? ElementState.OffShift : _state;
        if (_log.Current(Element.Index).State == state)
            return;
        var held = state == ElementState.Blocked && _heldJobs > 0 ? _heldJobs : double.NaN;
        if (state == ElementState.Blocked)
            _heldJobs = 0;
        _log.Record(Change(state) with { Element = Element.Index, Value = held });
    }

    private void Record(Job job, ElementState state) =>
        _log.Record(new StateChange(_simulation.Now, job.Element.Index, state, _station.Node, _station.Position, 0, double.NaN, Element.Index));

    private StateChange Change(ElementState state) => new(_simulation.Now, 0, state, _station.Node, _station.Position, 0, double.NaN, Job?.Element.Index ?? -1);
}
