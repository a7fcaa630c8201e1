using FactoryTwin.Des;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.Traffic;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Agents;

/// <summary>A mobile robot's body: where it is, what it carries, its battery, and its recorded state.</summary>
public sealed class Robot
{
    private readonly FactoryWorld _world;
    private double _energyCheckedAt;
    private Point _previousPosition;
    private Point _legTarget;
    private double _legDeparture;
    private double _legArrival;
    private double _lastArrival;
    private int _legNode = -1;

    internal Robot(int index, string id, FleetPlan fleet, int home, FactoryWorld world)
    {
        Index = index;
        Fleet = fleet;
        Home = home;
        Node = home;
        _world = world;
        Position = world.PositionOf(home);
        EnergyWattHours = fleet.Battery is { } b ? b.CapacityWattHours * b.InitialPercent / 100 : double.NaN;
        Moved = new Signal(world.Simulation);
        Nudge = new Signal(world.Simulation);
        Element = world.Log.Register(id, ElementKind.Robot, fleet.Id, Change(ElementState.Idle));
    }

    /// <summary>Its index among the mobile robots, which the traffic layer uses.</summary>
    public int Index { get; }

    public Element Element { get; }

    public string Id => Element.Id;

    public FleetPlan Fleet { get; }

    /// <summary>Where it started, and where it parks when it has nothing to do.</summary>
    public int Home { get; }

    /// <summary>The node it stands on, or the node it left while on a lane.</summary>
    public int Node { get; internal set; }

    public Point Position { get; private set; }

    /// <summary>Heading in degrees, counter-clockwise from the +x axis.</summary>
    public double Heading { get; private set; }

    public ElementState State { get; private set; } = ElementState.Idle;

    /// <summary>The station places (docks) it has booked: where it stands or is heading.</summary>
    internal List<Des.Resources.ResourceRequest> Docks { get; } = [];

    /// <summary>The jobs on board.</summary>
    public List<Job> Load { get; } = [];

    /// <summary>Energy left; NaN for a robot without a battery.</summary>
    public double EnergyWattHours { get; private set; }

    /// <summary>Battery charge in percent; 100 without a battery.</summary>
    public double BatteryPercent => Fleet.Battery is { } b ? 100 * EnergyWattHours / b.CapacityWattHours : 100;

    /// <summary>True once the battery ran empty: the robot stays where it is.</summary>
    public bool IsStopped => State == ElementState.Stopped;

    /// <summary>Pulsed when it leaves the node it was holding, so robots it blocked can try again.</summary>
    internal Signal Moved { get; }

    /// <summary>Pulsed when the traffic layer gives it a detour to make way for others.</summary>
    internal Signal Nudge { get; }

    /// <summary>True while it waits in a way it can leave at once to make way (idle, or queueing for a charger).</summary>
    internal bool CanMakeWay { get; set; }

    /// <summary>A route reserved for it by the traffic layer to make way, not yet driven.</summary>
    internal List<Leg>? Detour { get; set; }

    /// <summary>Records a new state at its current node.</summary>
    internal void Enter(ElementState state)
    {
        DrainIdle();
        State = state;
        _world.Log.Record(Change(state) with { Element = Element.Index });
    }

    /// <summary>Starts driving a lane: records the move from the node it leaves, facing the next.</summary>
    internal void Depart(int from, int to)
    {
        var a = _world.PositionOf(from);
        var b = _world.PositionOf(to);
        Node = from;
        Position = a;
        Heading = Math.Round(Math.Atan2(b.Y - a.Y, b.X - a.X) * 180 / Math.PI, 6);
        Enter(Load.Count > 0 ? ElementState.MovingLoaded : ElementState.MovingEmpty);
    }

    /// <summary>Arrives at a node at the end of a lane.</summary>
    internal void Arrive(int node)
    {
        Node = node;
        _previousPosition = Position;
        Position = _world.PositionOf(node);
        _lastArrival = _world.Simulation.Now;
    }

    /// <summary>Where the robot was at <paramref name="time"/> (now or shortly before): on its current lane, or at its last node.</summary>
    public Point PositionAt(double time)
    {
        if (State is ElementState.MovingEmpty or ElementState.MovingLoaded && _legArrival > _legDeparture && time >= _legDeparture)
        {
            var f = Math.Min(1, (time - _legDeparture) / (_legArrival - _legDeparture));
            return new Point(Position.X + (f * (_legTarget.X - Position.X)), Position.Y + (f * (_legTarget.Y - Position.Y)));
        }
        return time < _lastArrival ? _previousPosition : Position;
    }

    /// <summary>The node it is driving to, or -1 when it stands.</summary>
    internal int NextNode => State is ElementState.MovingEmpty or ElementState.MovingLoaded && _world.Simulation.Now < _legArrival ? _legNode : -1;

    /// <summary>Notes the lane being driven, for <see cref="PositionAt"/>.</summary>
    internal void Driving(int to, double departure, double arrival)
    {
        _legNode = to;
        _legTarget = _world.PositionOf(to);
        _legDeparture = departure;
        _legArrival = arrival;
    }

    /// <summary>True if the battery holds the energy to drive <paramref name="meters"/> over <paramref name="seconds"/>.</summary>
    internal bool CanDrive(double meters, double seconds)
    {
        if (Fleet.Battery is not { } battery)
            return true;
        DrainIdle();
        return EnergyWattHours >= (meters * battery.DrainWattHoursPerMeter) + (battery.IdleWatts * seconds / 3600);
    }

    /// <summary>Takes the energy of driving <paramref name="meters"/> (the idle drain is counted as time passes).</summary>
    internal void Drive(double meters)
    {
        if (Fleet.Battery is { } battery)
            EnergyWattHours = Math.Max(0, EnergyWattHours - (meters * battery.DrainWattHoursPerMeter));
    }

    /// <summary>Fills the battery up.</summary>
    internal void Charged()
    {
        DrainIdle();
        EnergyWattHours = Fleet.Battery!.CapacityWattHours;
    }

    /// <summary>Seconds to charge from the current level to full.</summary>
    internal double SecondsToFull()
    {
        DrainIdle();
        var battery = Fleet.Battery!;
        return (battery.CapacityWattHours - EnergyWattHours) / battery.ChargeWatts * 3600;
    }

    private void DrainIdle()
    {
        var now = _world.Simulation.Now;
        if (Fleet.Battery is { } battery && State != ElementState.Charging)
            EnergyWattHours = Math.Max(0, EnergyWattHours - (battery.IdleWatts * (now - _energyCheckedAt) / 3600));
        _energyCheckedAt = now;
    }

    private StateChange Change(ElementState state) =>
        new(_world.Simulation.Now, 0, state, Node, Position, Heading, Fleet.Battery is null ? double.NaN : Math.Round(BatteryPercent, 6), Load.Count > 0 ? Load[0].Element.Index : -1);

    /// <inheritdoc />
    public override string ToString() => Id;
}
