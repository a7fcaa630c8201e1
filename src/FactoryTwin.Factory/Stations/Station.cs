using FactoryTwin.Des;
using FactoryTwin.Des.Resources;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>A station at work: its buffers, its machines, and for chargers the charging points.</summary>
public sealed class Station
{
    internal Station(StationPlan plan, Simulation simulation, StateLog log, Point position)
    {
        Plan = plan;
        Position = position;
        Input = new JobBuffer(simulation, log, $"{plan.Id}/in", plan.Id, plan.InputCapacity, plan.Node, position);
        Output = new JobBuffer(simulation, log, $"{plan.Id}/out", plan.Id, plan.OutputCapacity, plan.Node, position);
        Machines = plan.Kind is StationKind.Machine or StationKind.Storage or StationKind.Sink
            ? [.. Enumerable.Range(1, plan.Machines).Select(n => new Machine(this, n, simulation, log))]
            : [];
        if (plan.Kind == StationKind.Charger)
            ChargingPoints = _chargingPoints = new PriorityResource(simulation, plan.Machines, plan.Id);
        if (plan.Conveyor is { } belt)
            Belt = new Conveyor(this, belt, simulation, log);
        if (plan.WhenFull == WhenFull.Lose)
            Input.PassThrough = () => IdleMachines;
    }

    public StationPlan Plan { get; }

    public string Id => Plan.Id;

    public int Node => Plan.Node;

    public Point Position { get; }

    public JobBuffer Input { get; }

    public JobBuffer Output { get; }

    public IReadOnlyList<Machine> Machines { get; }

    /// <summary>A conveyor's belt; null for other stations.</summary>
    public Conveyor? Belt { get; }

    /// <summary>The arms that load and unload here, or null.</summary>
    public ArmPool? Arms { get; internal set; }

    /// <summary>The crew its machines take operators from, or null.</summary>
    public OperatorCrew? Crew { get; internal set; }

    /// <summary>A charger's charging points; null for other stations.</summary>
    public Resource? ChargingPoints { get; }

    private readonly PriorityResource? _chargingPoints;

    /// <summary>True while a charger is out of service (its maintenance): no robot is sent there.</summary>
    public bool IsOutOfService { get; private set; }

    /// <summary>Keeps the machines at work that the station's shifts say, changing at each shift's start and end of every day.</summary>
    internal void StartShifts(Simulation simulation)
    {
        if (Plan.Shifts is { Count: > 0 } shifts)
            simulation.Process(Calendar(simulation, shifts), $"{Id}/shifts");
    }

    private IEnumerable<Event> Calendar(Simulation simulation, IReadOnlyList<ShiftPlan> shifts)
    {
        const double Day = 86_400;
        var changes = shifts.SelectMany(s => new[] { s.FromHour * 3600, s.ToHour * 3600 % Day }).Distinct().Order().ToArray();
        Work(shifts, simulation.Now % Day / 3600);
        for (var day = 0L; ; day++)
        {
            foreach (var change in changes)
            {
                var at = (day * Day) + change; // absolute times, so that no rounding of the time of day can stall the calendar
                if (at <= simulation.Now)
                    continue;
                yield return simulation.Timeout(at - simulation.Now);
                Work(shifts, change / 3600);
            }
        }
    }

    /// <summary>Puts the machines the shifts of <paramref name="hour"/> say to work (the first ones), the others off shift.</summary>
    private void Work(IReadOnlyList<ShiftPlan> shifts, double hour)
    {
        var working = Machines.Count;
        foreach (var shift in shifts)
        {
            if (shift.FromHour < shift.ToHour ? hour >= shift.FromHour && hour < shift.ToHour : hour >= shift.FromHour || hour < shift.ToHour)
                working = shift.Machines;
        }
        for (var m = 0; m < Machines.Count; m++)
            Machines[m].SetOffShift(m >= working);
    }

    /// <summary>Starts a charger's windows out of service.</summary>
    internal void StartOutages(Simulation simulation)
    {
        foreach (var window in _chargingPoints is null ? [] : Plan.Maintenance ?? [])
            simulation.Process(Outage(simulation, window), $"{Id}/maintenance");
    }

    /// <summary>
    /// Over the window the charger takes its points for itself, ahead of any robot waiting (requests of priority −1
    /// against the robots' 0): a robot charging when it starts finishes its charge, those waiting there wait until it
    /// is over, and robots choose other chargers meanwhile (the sensing leaves it out).
    /// </summary>
    private IEnumerable<Event> Outage(Simulation simulation, TimeWindow window)
    {
        if (window.FromSeconds > simulation.Now)
            yield return simulation.Timeout(window.FromSeconds - simulation.Now);
        IsOutOfService = true;
        var held = Enumerable.Range(0, _chargingPoints!.Capacity).Select(_ => _chargingPoints.Request(priority: -1)).ToList();
        yield return simulation.Timeout(window.DurationSeconds);
        foreach (var request in held)
        {
            if (request.Status == RequestStatus.Granted)
                _chargingPoints.Release(request);
            else
                request.Dispose();
        }
        IsOutOfService = false;
    }

    /// <summary>Machines that would start a job put in the input buffer now.</summary>
    internal int IdleMachines
    {
        get
        {
            var idle = 0;
            foreach (var machine in Machines)
            {
                if (machine.IsIdle)
                    idle++;
            }
            return idle;
        }
    }

    /// <summary>How many jobs are here or on their way here: what "fewest jobs waiting" compares.</summary>
    public int Load
    {
        get
        {
            var working = 0;
            for (var i = 0; i < Machines.Count; i++)
                working += Machines[i].Jobs.Count;
            return Input.Count + Input.Reserved + working + (Belt?.Count ?? 0);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
