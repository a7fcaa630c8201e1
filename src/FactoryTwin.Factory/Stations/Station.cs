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
            ChargingPoints = new PriorityResource(simulation, plan.Machines, plan.Id);
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

    /// <summary>A charger's charging points (robots ask at priority 0; an outage at −1, ahead of them); null for other stations.</summary>
    public PriorityResource? ChargingPoints { get; }

    /// <summary>True while a charger is out of service (its maintenance): no robot is sent there.</summary>
    public bool IsOutOfService { get; private set; }

    /// <summary>Starts the station's daily shifts, if it has any.</summary>
    internal void StartShifts(Simulation simulation)
    {
        if (Plan.Shifts is { Count: > 0 } shifts)
            simulation.Process(new ShiftCalendar([.. Machines.Select(m => (Action<bool>)m.SetOffShift)], shifts).Run(simulation), $"{Id}/shifts");
    }

    /// <summary>Starts a charger's windows out of service.</summary>
    internal void StartOutages(Simulation simulation)
    {
        foreach (var window in ChargingPoints is null ? [] : Plan.Maintenance ?? [])
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
        var points = ChargingPoints!;
        var held = Enumerable.Range(0, points.Capacity).Select(_ => points.Request(priority: -1)).ToList();
        yield return simulation.Timeout(window.DurationSeconds);
        foreach (var request in held)
        {
            if (request.Status == RequestStatus.Granted)
                points.Release(request);
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
