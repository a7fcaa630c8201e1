using FactoryTwin.Des;
using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Moves the mobile robots without collisions or jams: agents say where a robot should go; the traffic layer decides every move.</summary>
/// <remarks>
/// <para>An agent gives a robot a goal (<see cref="Drive"/>), lets it rest where it stands (<see cref="Rest"/>), or sends
/// it to a station's place (<see cref="GoTo"/>, which books the place first and queues near it). Each move is then
/// chosen in planning rounds (<see cref="PibtPlanner"/>), one node at a time, with the other robots deciding at the
/// same moment; robots in the way are pushed aside, and a robot follows another into a node only as it is left.</para>
/// <para>The layer owns what it needs of each robot (<see cref="Mover"/>), who is where (<see cref="Occupancy"/>), the
/// timetable of moves under way (<see cref="MotionQueue"/>), the docks (<see cref="Docks"/>) and the watch for stalls,
/// deadlocks and gridlocks (<see cref="Liveness"/>). Every change a robot goes through is recorded in the state log.</para>
/// </remarks>
public sealed partial class TrafficLayer
{
    private readonly FactoryWorld _world;
    private readonly LayoutGraph _layout;
    private readonly Occupancy _occupancy;
    private readonly Closures _closures;
    private readonly PibtPlanner _planner;
    private readonly CostToGo _costs;
    private readonly Guidance? _guidance;
    private readonly MotionQueue _queue = new();
    private readonly List<Mover> _movers = [];
    private readonly List<MotionProfile> _profiles = [];
    private readonly bool[] _isStation;

    public TrafficLayer(FactoryWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _layout = world.Layout ?? throw new ArgumentException("Mobile robots need a layout.", nameof(world));
        _occupancy = new Occupancy(_layout);
        _closures = new Closures(_layout);
        _costs = new CostToGo(_layout, _closures);
        _isStation = new bool[_layout.Nodes.Count];
        foreach (var station in world.Plan.Stations.Where(s => s.Node >= 0))
            _isStation[station.Node] = true;
        Distances = new DistanceTable(_layout);
        _guidance = world.Plan.Traffic.FlowGuidance ? new Guidance(_layout) : null;
        _planner = new PibtPlanner(_layout, _occupancy, _closures, _isStation, Distances, world.Simulation.Stream("traffic/ties").NextUInt64());
        Docks = new Docks(world, this);
        Liveness = new Liveness(world, _movers);
        _onWake = Wake;
        _onRound = Round;
        foreach (var closure in world.Plan.Traffic.Closures ?? [])
            world.Simulation.Process(Close(closure), "traffic/closure");
    }

    /// <summary>Shortest distances in metres between nodes, for sensing and brains.</summary>
    public DistanceTable Distances { get; }

    /// <summary>Station places and their queues.</summary>
    internal Docks Docks { get; }

    /// <summary>Stalls, deadlocks and gridlocks, counted per fleet.</summary>
    public Liveness Liveness { get; }

    /// <summary>Planning rounds run so far, and cost-to-go tables computed, for tuning.</summary>
    public (long Rounds, long Tables) Effort => (_planner.Rounds, _costs.Computed);

    private Simulation Simulation => _world.Simulation;

    /// <summary>Places a robot at its start node, resting.</summary>
    internal void Add(Robot robot)
    {
        ArgumentNullException.ThrowIfNull(robot);
        if (robot.Index != _movers.Count)
            throw new ArgumentException($"Robots join in order of index; {robot} has index {robot.Index}, expected {_movers.Count}.", nameof(robot));
        var mover = new Mover(robot, Profile(robot.Fleet), Simulation.Stream("traffic/priorities").NextDouble()) { Heading = robot.Heading };
        _movers.Add(mover);
        _occupancy.Place(mover);
    }

    /// <summary>Sends <paramref name="robot"/> to <paramref name="goal"/>; the event succeeds when it stands there, at work (nobody pushes it away), or when its battery ran out on the way.</summary>
    internal Event Drive(Robot robot, int goal) => SetGoal(_movers[robot.Index], goal, radiusMeters: 0, rests: false, ElementState.WaitingTraffic);

    /// <summary>Brings <paramref name="robot"/> near <paramref name="place"/> without entering it: within <paramref name="radiusMeters"/>, or one lane from it; there it rests, recorded as waiting for traffic.</summary>
    internal Event Approach(Robot robot, int place, double radiusMeters) =>
        SetGoal(_movers[robot.Index], place, radiusMeters, rests: true, ElementState.WaitingTraffic);

    /// <summary>Sends <paramref name="robot"/> to its place in a queue, <paramref name="spot"/>, recorded as <paramref name="waiting"/> on the way and there, where it rests (others may push it aside).</summary>
    internal Event Queue(Robot robot, int spot, ElementState waiting) =>
        SetGoal(_movers[robot.Index], spot, radiusMeters: 0, rests: true, waiting);

    /// <summary>Books the station's place, queueing near it while it is taken, then drives there.</summary>
    internal IEnumerable<Event> GoTo(Robot robot, Station station) => Docks.GoTo(_movers[robot.Index], station);

    /// <summary>Lets the robot stand where it is with nothing to reach, recorded as <paramref name="state"/>; others may push it aside.</summary>
    internal void Rest(Robot robot, ElementState state)
    {
        var mover = _movers[robot.Index];
        if (mover.Role == MoverRole.Stopped)
            return;
        ClearGoal(mover);
        mover.Role = MoverRole.Resting;
        mover.RestState = state;
        if (!mover.IsMoving && robot.State != state)
            robot.Enter(state);
    }

    /// <summary>The node the robot is driving to, or -1 while it stands.</summary>
    internal int NextNodeOf(Robot robot) => _movers[robot.Index].Next;

    /// <summary>The nearest node to <paramref name="node"/> (in lanes) that is not a station's place and that no other robot stands on or drives to.</summary>
    internal int NearestFreePlace(int node, Robot robot)
    {
        foreach (var place in _layout.BreadthFirst(node))
        {
            if (!_isStation[place] && !_closures.IsClosed(place) && IsFreeFor(place, robot))
                return place;
        }
        return node;
    }

    internal bool IsStation(int node) => _isStation[node];

    /// <summary>For diagnostics: a line per robot that has a goal but stands, with who is in its way.</summary>
    public IEnumerable<string> DescribeWaiting() => Liveness.DescribeWaiting(_layout);

    /// <summary>True if no other robot stands on <paramref name="node"/> or drives to it.</summary>
    internal bool IsFreeFor(int node, Robot robot)
    {
        if (_occupancy.Incoming(node) > 0)
            return false;
        for (var other = _occupancy.PresentAt(node); other is not null; other = other.NextPresent)
        {
            if (other.Robot != robot)
                return false;
        }
        return true;
    }

    private Event SetGoal(Mover mover, int goal, double radiusMeters, bool rests, ElementState waiting)
    {
        var reached = new Event(Simulation);
        if (mover.Role == MoverRole.Stopped)
            return reached.Succeed();
        mover.Reached?.Succeed(); // a goal given before the last was reached replaces it
        mover.Goal = goal;
        mover.Costs = _costs.To(goal, mover.Profile);
        _guidance?.Route(mover);
        mover.RadiusMeters = radiusMeters;
        mover.RestsThere = rests;
        mover.StandState = waiting;
        mover.GoalSince = Simulation.Now;
        mover.Reached = reached;
        mover.Role = MoverRole.Driving;
        Liveness.NewGoal(mover);
        if (!mover.IsMoving)
        {
            if (HasReached(mover, mover.At))
                Finish(mover, arrived: false);
            else
                AddPending(mover);
        }
        return reached;
    }

    private bool HasReached(Mover mover, int node) =>
        mover.Approaches
            ? node != mover.Goal && (Distances.Between(node, mover.Goal) <= mover.RadiusMeters || _layout.EdgeBetween(node, mover.Goal) >= 0)
            : node == mover.Goal;

    /// <summary>The goal is reached: the robot works where it stands (or, at a place in a queue, rests there), and its agent goes on.</summary>
    private void Finish(Mover mover, bool arrived)
    {
        var queueing = mover.RestsThere;
        var state = mover.StandState;
        Liveness.Reached(mover);
        var reached = mover.Reached!;
        ClearGoal(mover);
        if (queueing)
        {
            mover.Role = MoverRole.Resting;
            mover.RestState = state;
            if (arrived || mover.Robot.State != state)
                mover.Robot.Enter(state); // recorded even if unchanged: the first change at a node is the arrival
        }
        else
        {
            mover.Role = MoverRole.Working; // its agent records what it does here, at this moment: that is the arrival
        }
        reached.Succeed();
    }

    private void ClearGoal(Mover mover)
    {
        _guidance?.Release(mover);
        mover.Goal = -1;
        mover.Costs = null;
        mover.RadiusMeters = 0;
        mover.RestsThere = false;
        mover.Reached = null;
    }

    private MotionProfile Profile(FleetPlan fleet)
    {
        foreach (var profile in _profiles)
        {
            if (profile.SpeedMetersPerSecond == fleet.SpeedMetersPerSecond && profile.TurnSecondsPer90Degrees == fleet.TurnSecondsPer90Degrees)
                return profile;
        }
        var made = new MotionProfile(_profiles.Count, _layout, fleet.SpeedMetersPerSecond, fleet.TurnSecondsPer90Degrees);
        _profiles.Add(made);
        return made;
    }
}
