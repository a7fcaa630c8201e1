using FactoryTwin.Factory.Stations;

namespace FactoryTwin.Factory.World;

/// <summary>The state of the whole world now, read from the state log and the things it records.</summary>
public sealed partial class FactoryWorld
{
    private readonly Dictionary<int, Job> _jobsInside = [];

    /// <summary>Every robot, machine (a conveyor's belt too, whose jobs say they are held by it), buffer and job as they are now (after every event before now).</summary>
    public WorldState State()
    {
        var now = Simulation.Now;
        var mobile = _robots.ToDictionary(r => r.Element.Index);
        var robots = new List<RobotState>();
        foreach (var element in Log.Elements.Where(e => e.Kind == ElementKind.Robot))
        {
            var change = Log.Current(element.Index);
            robots.Add(mobile.TryGetValue(element.Index, out var robot)
                ? new RobotState(robot.Id, robot.Fleet.Id, Names.Of(robot.State), NodeId(robot.Node), robot.PositionAt(now), robot.Heading,
                    robot.Fleet.Battery is null ? null : Math.Round(robot.BatteryPercentAt(now), 6), [.. robot.Load.Select(j => j.Id)])
                : new RobotState(element.Id, element.Group, Names.Of(change.State), null, change.Position, 0, null, [])); // an arm
        }
        var machines = _stations.SelectMany(s => s.Machines.Select(m => new MachineState(m.Element.Id, s.Id, Names.Of(Log.Current(m.Element.Index).State), m.Job?.Id))
            .Concat(s.Belt is { } belt ? [new MachineState(belt.Element.Id, s.Id, Names.Of(Log.Current(belt.Element.Index).State), null)] : [])).ToList();
        var buffers = _stations.SelectMany(s => new[] { s.Input, s.Output }.Distinct().Select(b =>
            new BufferState(b.Element.Id, s.Id, b.Capacity == int.MaxValue ? null : b.Capacity, [.. b.Jobs.Select(j => j.Id)], b.Reserved))).ToList();
        var jobs = _jobsInside.Values.OrderBy(j => j.Number).Select(j =>
        {
            var change = Log.Current(j.Element.Index);
            return new JobState(j.Id, j.Product.Id, j.Step, Names.Of(change.State), NodeId(change.Node), change.Link >= 0 ? Log.Elements[change.Link].Id : null);
        }).ToList();
        return new WorldState(now, robots, machines, buffers, jobs);
    }

    /// <summary>True if a job waits for a robot or rides on one.</summary>
    internal bool AnyJobWithRobots() =>
        _jobsInside.Values.Any(j => Log.Current(j.Element.Index).State is ElementState.WaitingPickup or ElementState.InTransport);

    private string? NodeId(int node) => node >= 0 && Layout is { } layout ? layout.Nodes[node].Id : null;
}
