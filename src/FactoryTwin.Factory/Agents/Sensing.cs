using FactoryTwin.Des.Randomness;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.Traffic;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Agents;

/// <summary>Builds what a robot observes: itself (its battery as its sensor reads it), the open tasks with their distances, the robots in sensor range, the chargers.</summary>
internal sealed class Sensing(FactoryWorld world, TaskBoard board, TrafficLayer traffic, IReadOnlyList<Robot> robots, IReadOnlyList<Station> chargers)
{
    private readonly HashSet<int> _stationNodes = [.. world.Plan.Stations.Where(s => s.Node >= 0).Select(s => s.Node)];
    private readonly Dictionary<Robot, RandomStream> _noise = [];
    private readonly DistanceTable _distances = traffic.Distances;
    // Each robot's latest spell of waiting for work, [from, to): what others see of it, a latency late.
    private readonly double[] _idleFrom = [.. robots.Select(_ => double.PositiveInfinity)];
    private readonly double[] _idleTo = [.. robots.Select(_ => double.PositiveInfinity)];

    // The robots waiting for something to do, for central brains.
    private readonly HashSet<Robot> _idle = [];

    /// <summary>The robot waits for work from now on.</summary>
    public void Idled(Robot robot)
    {
        _idle.Add(robot);
        _idleFrom[robot.Index] = world.Simulation.Now;
        _idleTo[robot.Index] = double.PositiveInfinity;
    }

    /// <summary>The robot has stopped waiting for work.</summary>
    public void Woke(Robot robot)
    {
        _idle.Remove(robot);
        _idleTo[robot.Index] = world.Simulation.Now;
    }

    public Observation Observe(Robot robot, bool withFleetView)
    {
        var layout = world.Layout!;
        var tasks = board.Open;
        var taskViews = tasks.Select(t => new TaskView(t.Id, t.Job.Id, t.From.Id, t.To.Id, world.Simulation.Now - t.PostedAt,
            _distances.Between(robot.Node, t.From.Node), t.From.Position)).ToList();
        var battery = robot.Fleet.Battery;
        var self = new RobotView(robot.Id, layout.Nodes[robot.Node].Id, robot.Position, robot.Heading, BatteryReading(robot),
            battery?.ChargeThresholdPercent ?? 0, [.. robot.Load.Select(j => j.Id)], Names.Of(robot.State), layout.Nodes[robot.Home].Id,
            _stationNodes.Contains(robot.Node), layout.Nodes[_stationNodes.Contains(robot.Node) ? traffic.NearestFreePlace(robot.Node, robot) : robot.Node].Id);
        var chargerViews = battery is null
            ? []
            : chargers.Where(c => !c.IsOutOfService).Select(c => new ChargerView(c.Id, c.ChargingPoints!.Capacity - c.ChargingPoints.InUse, c.ChargingPoints.QueueLength,
                _distances.Between(robot.Node, c.Node))).ToList();
        IReadOnlyList<IdleRobotView> fleet = withFleetView
            ? [.. _idle.Append(robot).Distinct().Where(r => r.Fleet == robot.Fleet).OrderBy(r => r.Index)
                .Select(r => new IdleRobotView(r.Id, [.. tasks.Select(t => _distances.Between(r.Node, t.From.Node))]))]
            : [];
        return new Observation(world.Simulation.Now, self, taskViews, Nearby(robot), HeldNearby(robot), chargerViews, fleet);
    }

    /// <summary>The nodes within sensor range that other robots hold at this moment: where they stand, and where they drive to.</summary>
    private List<string> HeldNearby(Robot robot)
    {
        var range = robot.Fleet.Sensors.RangeMeters;
        var held = new List<string>();
        foreach (var other in robots)
        {
            if (other == robot || other.Position.DistanceTo(robot.Position) > range + world.Layout!.CellSizeMeters)
                continue;
            AddIfHeld(held, robot, range, other.Node);
            AddIfHeld(held, robot, range, traffic.NextNodeOf(other));
        }
        held.Sort(StringComparer.Ordinal);
        return held;
    }

    private void AddIfHeld(List<string> held, Robot robot, double range, int node)
    {
        var layout = world.Layout!;
        if (node < 0 || layout.Nodes[node].Position.DistanceTo(robot.Position) > range)
            return;
        if (!held.Contains(layout.Nodes[node].Id)) // a place for several robots may be held by more than one
            held.Add(layout.Nodes[node].Id);
    }

    /// <summary>The battery as the robot's sensor reads it: with Gaussian noise if the fleet has some, within 0 to 100%.</summary>
    private double BatteryReading(Robot robot)
    {
        var sigma = robot.Fleet.Sensors.BatteryNoisePercent;
        if (sigma <= 0 || robot.Fleet.Battery is null)
            return robot.BatteryPercent;
        return Math.Clamp(robot.BatteryPercent + new Normal(0, sigma).Sample(Noise(robot)), 0, 100);
    }

    private RandomStream Noise(Robot robot)
    {
        if (!_noise.TryGetValue(robot, out var random))
            _noise[robot] = random = world.Simulation.Stream($"sensors/{robot.Id}");
        return random;
    }

    /// <summary>Other robots within sensor range as they were a latency ago: where (with Gaussian noise on each coordinate), and whether they waited for work.</summary>
    private List<SeenRobot> Nearby(Robot robot)
    {
        var sensors = robot.Fleet.Sensors;
        var seen = new List<SeenRobot>();
        if (sensors.RangeMeters <= 0)
            return seen;
        var random = Noise(robot);
        var noise = sensors.PositionNoiseMeters > 0 ? new Normal(0, sensors.PositionNoiseMeters) : null;
        var then = world.Simulation.Now - sensors.LatencySeconds;
        foreach (var other in robots)
        {
            if (other == robot)
                continue;
            var position = other.PositionAt(then);
            if (position.DistanceTo(robot.Position) > sensors.RangeMeters)
                continue;
            if (noise is not null)
                position = new Point(position.X + noise.Sample(random), position.Y + noise.Sample(random));
            seen.Add(new SeenRobot(other.Id, position, _idleFrom[other.Index] <= then && then < _idleTo[other.Index]));
        }
        return seen;
    }
}
