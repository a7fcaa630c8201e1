using FactoryTwin.Des;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Stations;

namespace FactoryTwin.Factory.World;

/// <summary>The factory being simulated: its stations, jobs and robots on one simulation, and the state log of all they do.</summary>
public sealed partial class FactoryWorld
{
    private readonly List<Station> _stations;
    private JobFlow? _flow;
    private readonly Dictionary<int, int> _jobSerial = [];
    private Func<FleetPlan, Agents.IBrain?>? _brains;

    /// <summary>Builds the world of <paramref name="plan"/> on <paramref name="simulation"/>; observers see every element from the first.</summary>
    public FactoryWorld(FactoryPlan plan, Simulation simulation, params IEnumerable<IStateObserver> observers)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(simulation);
        Plan = plan;
        Simulation = simulation;
        Layout = plan.Layout;
        foreach (var observer in observers)
            Log.Observe(observer);
        _stations = [.. plan.Stations.Select(s => new Station(s, simulation, Log, PositionOf(s.Node)))];
        Crews = [.. plan.Crews.Select(c => new OperatorCrew(c, simulation, Log))];
        foreach (var station in _stations)
        {
            if (station.Plan.Operator is { } need)
                station.Crew = Crews[need.Crew];
        }
    }

    public FactoryPlan Plan { get; }

    public Simulation Simulation { get; }

    public LayoutGraph? Layout { get; }

    /// <summary>The record of every change; observe it for metrics and traces.</summary>
    public StateLog Log { get; } = new();

    public IReadOnlyList<Station> Stations => _stations;

    /// <summary>The crews of operators, in the plan's order.</summary>
    public IReadOnlyList<OperatorCrew> Crews { get; }

    /// <summary>Jobs released so far.</summary>
    public long JobsStarted { get; private set; }

    /// <summary>Jobs that reached a sink.</summary>
    public long JobsFinished { get; private set; }

    /// <summary>Jobs turned away by full stations that lose jobs.</summary>
    public long JobsLost { get; private set; }

    /// <summary>Jobs scrapped after a step.</summary>
    public long JobsScrapped { get; private set; }

    /// <summary>Jobs in the factory now.</summary>
    public long JobsInProgress => JobsStarted - JobsFinished - JobsLost - JobsScrapped;

    /// <summary>Raised when a job leaves the factory: finished at a sink, scrapped or lost (a CONWIP line then releases the next).</summary>
    public event Action<Job>? JobLeft;

    /// <summary>Told about what a user should know of a run in progress (a fleet that makes no progress); the simulated time is in the message.</summary>
    public Action<string>? Warnings { get; set; }

    /// <summary>Starts every process: machines and breakdowns, robots, and the release of jobs.</summary>
    /// <param name="brains">The brain of a fleet, or null for the one its plan names (from <see cref="Agents.BrainCatalog"/>).</param>
    public void Start(Func<FleetPlan, Agents.IBrain?>? brains = null)
    {
        _brains = brains;
        var transport = StartRobots() ?? new TransferTransport(this, Plan.TransferTime);
        _flow = new JobFlow(this, transport);
        foreach (var station in _stations)
        {
            foreach (var machine in station.Machines)
                machine.Start(FinishStep);
            station.Belt?.Start(FinishStep);
            station.StartOutages(Simulation);
            station.StartShifts(Simulation);
        }
        foreach (var demand in Plan.Demand)
            new Release(this, demand).Start();
        new LineWatch(this).Start();
    }

    /// <summary>How often a job has moved on so far (carried, queued at a station, finished a step, lost): how the line watch sees that jobs move; a release is not.</summary>
    internal long JobMoves { get; private set; }

    internal void Warn(string message) => Warnings?.Invoke(message);

    /// <summary>The stations where jobs wait for a move batch to fill.</summary>
    internal IEnumerable<string> PartialMoveBatches() => _flow?.PartialMoveBatches() ?? [];

    /// <summary>The position of a layout node, or the origin without a layout.</summary>
    public Point PositionOf(int node) => node >= 0 && Layout is { } layout ? layout.Nodes[node].Position : default;

    internal void StartJob(ProductPlan product)
    {
        var serial = _jobSerial[product.Index] = _jobSerial.GetValueOrDefault(product.Index) + 1;
        var element = Log.Register($"{product.Id}-{serial}", ElementKind.Job, product.Id,
            new StateChange(Simulation.Now, 0, ElementState.Queued, -1, default, 0, double.NaN, -1));
        var job = new Job(element, product, JobsStarted, Simulation.Now, Simulation);
        _jobsInside[element.Index] = job;
        JobsStarted++;
        Simulation.Process(_flow!.Life(job), job.Id);
    }

    internal void RecordJob(Job job, ElementState state, Station at, int link = -1)
    {
        if (state != ElementState.WaitingTransport)
            JobMoves++; // a job put out at its source has not moved on yet
        Log.Record(new StateChange(Simulation.Now, job.Element.Index, state, at.Node, at.Position, 0, double.NaN, link));
    }

    /// <summary>A job that found no room at a station that loses jobs, or balked at one whose machines were all busy: it leaves the factory from where it waits, counted as lost there (the change's value is 1 for a balk).</summary>
    internal void LoseJob(Job job, Station at, Station losing, bool balking = false)
    {
        JobsLost++;
        JobMoves++;
        at.Output.Remove(job);
        _jobsInside.Remove(job.Element.Index);
        Log.Record(new StateChange(Simulation.Now, job.Element.Index, ElementState.Lost, at.Node, at.Position, 0, balking ? 1 : double.NaN, losing.Input.Element.Index));
        JobLeft?.Invoke(job);
        Log.Retire(job.Element);
    }

    /// <summary>A job scrapped after its step at <paramref name="at"/>: it leaves the factory from the output buffer, counted there.</summary>
    internal void ScrapJob(Job job, Station at)
    {
        JobsScrapped++;
        JobMoves++;
        at.Output.Remove(job);
        _jobsInside.Remove(job.Element.Index);
        Log.Record(new StateChange(Simulation.Now, job.Element.Index, ElementState.Scrapped, at.Node, at.Position, 0, double.NaN, at.Output.Element.Index));
        JobLeft?.Invoke(job);
        Log.Retire(job.Element);
    }

    private void FinishStep(Job job, Station station)
    {
        JobMoves++;
        if (job.Step == job.Product.Steps.Count - 1)
        {
            JobsFinished++;
            _jobsInside.Remove(job.Element.Index);
            Log.Record(new StateChange(Simulation.Now, job.Element.Index, ElementState.Done, station.Node, station.Position, 0, double.NaN, -1));
            JobLeft?.Invoke(job);
            Log.Retire(job.Element); // its index serves the next job: a long run keeps only the work in progress
        }
        else
        {
            Log.Record(new StateChange(Simulation.Now, job.Element.Index, ElementState.WaitingTransport, station.Node, station.Position, 0, double.NaN, -1));
        }
        job.IsStepDone = true;
        job.StepDone.Pulse();
    }
}
