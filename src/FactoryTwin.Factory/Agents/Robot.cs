using FactoryTwin.Des;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Stations;
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
    private ElementState _stateAfterRepair;

    internal Robot(int index, string id, FleetPlan fleet, int home, FactoryWorld world)
    {
        Index = index;
        Fleet = fleet;
        Home = home;
        Node = home;
        _world = world;
        Position = world.PositionOf(home);
        EnergyWattHours = fleet.Battery is { } b ? b.CapacityWattHours * b.InitialPercent / 100 : double.NaN;
        Element = world.Log.Register(id, ElementKind.Robot, fleet.Id, Change(ElementState.Idle));
        if (fleet.Failures is not null)
        {
            WentDown = new Signal(world.Simulation);
            Repaired = new Signal(world.Simulation);
        }
        if (fleet.Shifts is not null)
            ShiftChanged = new Signal(world.Simulation);
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

    /// <summary>The jobs on board.</summary>
    public List<Job> Load { get; } = [];

    /// <summary>Energy left; NaN for a robot without a battery.</summary>
    public double EnergyWattHours { get; private set; }

    /// <summary>Battery charge in percent; 100 without a battery.</summary>
    public double BatteryPercent => Fleet.Battery is { } b ? 100 * EnergyWattHours / b.CapacityWattHours : 100;

    /// <summary>Battery charge in percent at <paramref name="time"/> (now or later, with nothing else happening): the idle drain counted to then. While charging, the level it started at; the charge is credited when it ends.</summary>
    public double BatteryPercentAt(double time)
    {
        if (Fleet.Battery is not { } battery)
            return 100;
        var energy = State is ElementState.Charging or ElementState.OffShift ? EnergyWattHours : Math.Max(0, EnergyWattHours - (battery.IdleWatts * (time - _energyCheckedAt) / 3600));
        return 100 * energy / battery.CapacityWattHours;
    }

    /// <summary>True once the battery ran empty: the robot stays where it is.</summary>
    public bool IsStopped => State == ElementState.Stopped;

    /// <summary>True while it is broken down: it holds its node, and what it does waits for the repair.</summary>
    public bool IsDown => State == ElementState.Down;

    /// <summary>Pulsed as it breaks down (null for a fleet that never does), so work under way can pause.</summary>
    internal Signal? WentDown { get; }

    /// <summary>Pulsed as it is repaired (null for a fleet that never breaks down).</summary>
    internal Signal? Repaired { get; }

    /// <summary>True while its fleet's shifts leave it out: once it has finished what it does, it goes to where it started and waits there, powered down.</summary>
    public bool IsOffShift { get; private set; }

    /// <summary>Pulsed as it goes off shift or back to work (null for a fleet without shifts).</summary>
    internal Signal? ShiftChanged { get; }

    /// <summary>Its fleet's shifts put it off shift, or back to work.</summary>
    internal void SetOffShift(bool off)
    {
        if (off == IsOffShift)
            return;
        IsOffShift = off;
        ShiftChanged!.Pulse();
    }

    /// <summary>What it records while it drives: moving loaded or empty.</summary>
    internal ElementState MovingState => Load.Count > 0 ? ElementState.MovingLoaded : ElementState.MovingEmpty;

    /// <summary>Records a new state at its current node; while it is down, the state it goes back to once repaired.</summary>
    internal void Enter(ElementState state)
    {
        if (IsDown)
            _stateAfterRepair = state;
        else
            Record(state);
    }

    private void Record(ElementState state)
    {
        DrainIdle();
        State = state;
        _world.Log.Record(Change(state) with { Element = Element.Index });
    }

    /// <summary>Breaks down where it stands (the traffic layer brings it to a node first).</summary>
    internal void BreakDown()
    {
        _stateAfterRepair = State;
        Enter(ElementState.Down);
        WentDown!.Pulse();
    }

    /// <summary>Repaired: back to what it was doing, or was told to do meanwhile.</summary>
    internal void Repair()
    {
        Record(_stateAfterRepair);
        Repaired!.Pulse();
    }

    /// <summary>Starts turning on the spot towards <paramref name="heading"/>: recorded as moving, at its node, facing where it turns to.</summary>
    internal void Turn(double heading)
    {
        Heading = heading;
        Enter(MovingState);
    }

    /// <summary>Starts driving a lane from <paramref name="from"/> to <paramref name="to"/>: records the move at the node it leaves, facing the next.</summary>
    internal void Depart(int from, int to, double heading, double arrival)
    {
        Node = from;
        Position = _world.PositionOf(from);
        Heading = heading;
        _legTarget = _world.PositionOf(to);
        _legDeparture = _world.Simulation.Now;
        _legArrival = arrival;
        Enter(MovingState);
    }

    /// <summary>Arrives at a node at the end of a lane (the traffic layer records the change).</summary>
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
        if (State is ElementState.MovingEmpty or ElementState.MovingLoaded && _legArrival > _legDeparture && time >= _legDeparture && _lastArrival < _legArrival)
        {
            var f = Math.Min(1, (time - _legDeparture) / (_legArrival - _legDeparture));
            return new Point(Position.X + (f * (_legTarget.X - Position.X)), Position.Y + (f * (_legTarget.Y - Position.Y)));
        }
        return time < _lastArrival ? _previousPosition : Position;
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
        if (Fleet.Battery is { } battery && State is not (ElementState.Charging or ElementState.OffShift)) // off shift, it is powered down
            EnergyWattHours = Math.Max(0, EnergyWattHours - (battery.IdleWatts * (now - _energyCheckedAt) / 3600));
        _energyCheckedAt = now;
    }

    private StateChange Change(ElementState state) =>
        new(_world.Simulation.Now, 0, state, Node, Position, Heading, Fleet.Battery is null ? double.NaN : Math.Round(BatteryPercent, 6), Load.Count > 0 ? Load[0].Element.Index : -1);

    /// <inheritdoc />
    public override string ToString() => Id;
}
